using GraphQL.Types;

namespace Stage.Api.Kit.Filtering;

/// <summary>HotChocolate's operators on an enum field, for the enum graph type <typeparamref name="TEnum"/>.</summary>
public sealed class EnumOperationFilterInputType<TEnum> : InputObjectGraphType
    where TEnum : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        var enumName = new TEnum().Name;
        Name = enumName + "OperationFilterInput";
        Description = $"Conditions on a {enumName} field; all given conditions must hold.";
        Field<TEnum>(FilterOperators.Eq).Description("Equal to.");
        Field<TEnum>(FilterOperators.Neq).Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnum>>>(FilterOperators.In).Description("One of these values (at least one).");
        Field<ListGraphType<NonNullGraphType<TEnum>>>(FilterOperators.Nin).Description("None of these values (at least one).");
    }
}

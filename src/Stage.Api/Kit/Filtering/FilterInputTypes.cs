using GraphQL.Types;

namespace Stage.Api.Kit.Filtering;

public enum SortDirection
{
    Ascending,
    Descending,
}

public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "A sort direction.";
        Add("ASC", SortDirection.Ascending, "Smallest first (A to Z, oldest first, nearest first).");
        Add("DESC", SortDirection.Descending, "Largest first (Z to A, newest first, most relevant first).");
    }
}

/// <summary>HotChocolate's operators on a string field.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all given conditions must hold. Comparisons are case-sensitive.";
        Field<StringGraphType>(FilterOperators.Eq).Description("Equal to.");
        Field<StringGraphType>(FilterOperators.Neq).Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>(FilterOperators.In).Description("One of these values (at least one).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>(FilterOperators.Nin).Description("None of these values (at least one).");
        Field<StringGraphType>(FilterOperators.Contains).Description("Contains this text.");
        Field<StringGraphType>(FilterOperators.Ncontains).Description("Does not contain this text.");
        Field<StringGraphType>(FilterOperators.StartsWith).Description("Starts with this text.");
        Field<StringGraphType>(FilterOperators.EndsWith).Description("Ends with this text.");
    }
}

/// <summary>HotChocolate's operators on a number or date field, for the scalar <typeparamref name="TScalar"/>.</summary>
public sealed class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType, new()
{
    public ComparableOperationFilterInputType()
    {
        Name = new TScalar().Name + "OperationFilterInput";
        Description = $"Conditions on a {new TScalar().Name} field; all given conditions must hold.";
        Field<TScalar>(FilterOperators.Eq).Description("Equal to.");
        Field<TScalar>(FilterOperators.Neq).Description("Not equal to.");
        Field<TScalar>(FilterOperators.Gt).Description("Greater than.");
        Field<TScalar>(FilterOperators.Gte).Description("Greater than or equal to.");
        Field<TScalar>(FilterOperators.Lt).Description("Less than.");
        Field<TScalar>(FilterOperators.Lte).Description("Less than or equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>(FilterOperators.In).Description("One of these values (at least one).");
        Field<ListGraphType<NonNullGraphType<TScalar>>>(FilterOperators.Nin).Description("None of these values (at least one).");
    }
}

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

/// <summary>HotChocolate's operators on a list field, whose elements are tested by <typeparamref name="TElementFilter"/>.</summary>
public sealed class ListOperationFilterInputType<TElementFilter> : InputObjectGraphType
    where TElementFilter : InputObjectGraphType, new()
{
    public ListOperationFilterInputType()
    {
        var elementFilter = new TElementFilter().Name;
        Name = "List" + elementFilter;
        Description = "Conditions on a list field; all given conditions must hold.";
        Field<TElementFilter>(FilterOperators.Some).Description("At least one element matches.");
        Field<TElementFilter>(FilterOperators.All).Description("Every element matches.");
        Field<TElementFilter>(FilterOperators.None).Description("No element matches.");
        Field<BooleanGraphType>(FilterOperators.Any).Description("true: the list has elements; false: it is empty.");
    }
}

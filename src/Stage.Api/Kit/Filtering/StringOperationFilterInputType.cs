using GraphQL.Types;

namespace Stage.Api.Kit.Filtering;

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

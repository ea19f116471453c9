using GraphQL.Types;

namespace Stage.Api.Kit.Filtering;

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

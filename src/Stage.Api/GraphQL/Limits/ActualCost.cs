using GraphQL.Execution;
using GraphQL.Types;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// Prices what an execution really fetched, walking its result tree with the rules of
/// <see cref="QueryCostCalculator"/>: one point per object returned plus the base cost of each resolved field.
/// </summary>
public static class ActualCost
{
    public static long Of(object? data, ISchema schema, QueryLimitsOptions limits) =>
        data is IParentExecutionNode root ? Children(root, schema, limits) : 0;

    private static long Children(IParentExecutionNode parent, ISchema schema, QueryLimitsOptions limits) =>
        parent.GetChildNodes().Sum(child => Node(child, schema, limits, isItem: false));

    private static long Node(ExecutionNode node, ISchema schema, QueryLimitsOptions limits, bool isItem)
    {
        if (node.Name?.StartsWith("__", StringComparison.Ordinal) == true)
        {
            return 0;
        }

        var cost = isItem || node.Name is null || node.GetParentType(schema) is not { } parent ? 0 : QueryCostCalculator.BaseCost(limits, schema, parent, node.Name);
        return cost + node switch
        {
            ArrayExecutionNode array => array.Items?.Sum(item => Node(item, schema, limits, isItem: true)) ?? 0,
            ObjectExecutionNode { Result: not null } item => 1 + Children(item, schema, limits),
            _ => 0,
        };
    }
}

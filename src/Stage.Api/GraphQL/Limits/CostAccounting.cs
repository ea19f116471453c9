using Stage.Api.GraphQL.Execution;

namespace Stage.Api.GraphQL.Limits;

/// <summary>Carries a request's <see cref="RequestCost"/> through the GraphQL user context to the validation rule.</summary>
public static class CostAccounting
{
    private const string Key = "Stage.RequestCost";

    public static void Attach(IDictionary<string, object?> userContext, RequestCost cost) => userContext[Key] = cost;

    public static RequestCost? Find(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(Key, out var cost) ? cost as RequestCost : null;
}

using GraphQL;
using GraphQL.DI;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.Observability;

public static class GraphQLTelemetrySetup
{
    /// <summary>
    /// GraphQL.NET's activities (source "GraphQL": operation name and type, exceptions), enriched with
    /// the request's cost and error codes; and the operation metrics.
    /// </summary>
    public static IGraphQLBuilder UseStageTelemetry(this IGraphQLBuilder graphQL)
    {
        graphQL.Services.TryRegister<IHttpContextAccessor, HttpContextAccessor>(global::GraphQL.DI.ServiceLifetime.Singleton);
        return graphQL
            .UseTelemetry(options =>
            {
                options.RecordException = true;
                options.EnrichWithExecutionResult = (activity, execution, result) =>
                {
                    if (execution.RequestServices?.GetService<IHttpContextAccessor>()?.HttpContext?.Features.Get<RequestCost>() is { } cost)
                    {
                        activity.SetTag("graphql.cost.requested", cost.Requested);
                        activity.SetTag("graphql.cost.actual", cost.Actual);
                    }

                    if (result.Errors is { Count: > 0 } errors)
                    {
                        activity.SetTag("graphql.error.codes", string.Join(',', errors.Select(e => e.Code).Distinct()));
                    }
                };
            })
            .ConfigureExecution<GraphQLOperationMetrics>();
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.DI;
using Stage.Api.GraphQL.Limits;

namespace Stage.Api.GraphQL.Execution;

/// <summary>
/// The meter of GraphQL operations ("Stage.Api.GraphQL"): duration, cost and errors, tagged with the
/// operation's type and name. Operation names are chosen by clients, so they are cut to 100 characters
/// and the OpenTelemetry SDK's cardinality limit (2,000 series per metric) bounds the memory they take.
/// </summary>
public static class GraphQLMetrics
{
    public const string MeterName = "Stage.Api.GraphQL";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "graphql.operation.duration", "s", "How long GraphQL operations take, parsing to result.");

    public static readonly Histogram<int> Cost = Meter.CreateHistogram<int>(
        "graphql.operation.cost", "{point}", "The actual cost of GraphQL operations, as rate limits charge it.");

    public static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "graphql.operation.errors", "{error}", "Errors in GraphQL results, by extensions.code.");
}

/// <summary>Records every operation's duration, cost and errors in <see cref="GraphQLMetrics"/>, whatever the transport.</summary>
public sealed class GraphQLOperationMetrics : IConfigureExecution
{
    private const int MaxNameLength = 100;

    /// <summary>Outermost, so that the duration covers parsing, validation and execution.</summary>
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await next(options);
        var name = result.Operation?.Name?.StringValue ?? options.OperationName ?? "";
        var tags = new TagList
        {
            { "graphql.operation.type", result.Operation?.Operation.ToString().ToLowerInvariant() ?? "invalid" },
            { "graphql.operation.name", name.Length > MaxNameLength ? name[..MaxNameLength] : name },
        };
        GraphQLMetrics.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        if (CostAccounting.Find(options.UserContext) is { } cost)
        {
            GraphQLMetrics.Cost.Record(cost.Actual, tags);
        }

        foreach (var error in result.Errors ?? [])
        {
            var errorTags = tags;
            errorTags.Add("error.type", error.Code ?? "UNKNOWN");
            GraphQLMetrics.Errors.Add(1, errorTags);
        }

        return result;
    }
}

public static class ExecutionTelemetry
{
    /// <summary>
    /// GraphQL.NET's activities (source "GraphQL": operation name and type, exceptions), enriched with
    /// the request's cost and error codes; and the operation metrics.
    /// </summary>
    public static IGraphQLBuilder UseStageTelemetry(this IGraphQLBuilder graphQL)
    {
        return graphQL
            .UseTelemetry(options =>
            {
                options.RecordException = true;
                options.EnrichWithExecutionResult = (activity, execution, result) =>
                {
                    if (CostAccounting.Find(execution.UserContext) is { } cost)
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

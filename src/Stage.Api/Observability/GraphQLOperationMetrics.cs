using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.Observability;

/// <summary>Records every operation's duration, cost and errors in <see cref="GraphQLMetrics"/>, whatever the transport.</summary>
public sealed class GraphQLOperationMetrics(IHttpContextAccessor http) : IConfigureExecution
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
        if (http.HttpContext?.Features.Get<RequestCost>() is { } cost)
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

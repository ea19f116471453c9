using GraphQL;
using Stage.Api.Kit.Errors;
using Stage.Api.GraphQL.Persisted;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Execution;

/// <summary>
/// What the executor answers a transport with; the transport only translates it to its wire format.
/// </summary>
/// <param name="Result">The GraphQL result to send (for a refusal, its error with its <c>extensions.code</c>).</param>
/// <param name="Cost">What the request was priced at and really cost, in points.</param>
/// <param name="Refusal">
/// Set when the request was refused before running, answered over HTTP with its status whatever the media type:
/// the caller's allowance is spent (429 with <c>Retry-After</c>) or the request is malformed (400, 405, 406, 413, 415).
/// </param>
/// <param name="Document">The document the request ran, when it got that far (whether the answer may be cached depends on it).</param>
public sealed record GraphQLOutcome(ExecutionResult Result, RequestCost Cost, GraphQLHttpRequestException? Refusal = null, ResolvedDocument? Document = null);

/// <summary>
/// The cost of one GraphQL request in points: requested is priced from the document before execution, actual from
/// what execution really fetched. Rate limits charge these points.
/// </summary>
public sealed class RequestCost
{
    /// <summary>Points the document may cost at most, known after validation.</summary>
    public int Requested { get; set; }

    /// <summary>Points the execution really cost, known after execution.</summary>
    public int Actual { get; set; }

    /// <summary>The most a document may be priced at (<see cref="Limits.QueryLimitsOptions.MaxCost"/>).</summary>
    public int Maximum { get; init; }

    /// <summary>What the caller's allowance is charged: the actual cost; a subscription's requested cost (what one event costs); at least 1.</summary>
    public int Charge(ExecutionResult? result) => Math.Max(1, result?.Streams is null ? Actual : Requested);
}

/// <summary>Results of requests that did not run to completion, each with its <c>extensions.code</c>.</summary>
public static class ExecutionResults
{
    public static ExecutionResult Refused(string code, string message)
    {
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        return result;
    }

    /// <summary>The end of an event stream that failed: its own error if it is meant for the client, else a masked one.</summary>
    public static ExecutionResult StreamFailed(Exception error)
    {
        var result = new ExecutionResult();
        result.AddError(error as ExecutionError ?? new ExecutionError("The event stream failed.") { Code = ErrorCodes.InternalServerError });
        return result;
    }

    public static ExecutionResult TimedOut(TimeSpan timeout) =>
        Refused(ErrorCodes.Timeout, $"The operation did not finish within {timeout.TotalSeconds:0.###} s and was cancelled.");
}

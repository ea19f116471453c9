using GraphQL;
using Stage.Api.GraphQL.Errors;

namespace Stage.Api.GraphQL.Execution;

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

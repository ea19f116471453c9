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

    public static ExecutionResult TimedOut(TimeSpan timeout) =>
        Refused(ErrorCodes.Timeout, $"The operation did not finish within {timeout.TotalSeconds:0.###} s and was cancelled.");
}

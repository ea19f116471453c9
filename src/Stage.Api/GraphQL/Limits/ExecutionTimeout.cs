using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// Cancels a query or mutation that runs longer than <see cref="QueryLimitsOptions.ExecutionTimeout"/>: resolvers
/// pass the token to Npgsql, which cancels the statement in PostgreSQL. A subscription lives as long as its
/// client wants, so it keeps the caller's token.
/// </summary>
public sealed class ExecutionTimeout(IOptionsMonitor<QueryLimitsOptions> limitsOptions) : IConfigureExecution
{
    /// <summary>After <see cref="DocumentLimits"/>, which leaves the parsed document in the options.</summary>
    public float SortOrder => 310;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (StreamlessSubscriptionRefusal.IsSubscription(options.Document, options.OperationName))
        {
            return await next(options);
        }

        var limit = limitsOptions.CurrentValue.ExecutionTimeout;
        var caller = options.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(caller);
        timeout.CancelAfter(limit);
        options.CancellationToken = timeout.Token;
        try
        {
            return await next(options);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            return ExecutionResults.TimedOut(limit);
        }
    }
}

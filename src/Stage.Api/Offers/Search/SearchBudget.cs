using System.Diagnostics;
using GraphQL;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Offers.Search;

/// <summary>
/// The time one <c>offers</c> field's statements (page, count, facets) may take together: whatever the filter, a search
/// holds the database for at most this long, then PostgreSQL is told to cancel it and the fields still waiting answer
/// <c>SEARCH_TIMEOUT</c>. The cost rule prices what a request may return; this bounds what a search may scan.
/// </summary>
public sealed class SearchBudget(TimeSpan budget, CancellationToken requestAborted)
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> statement)
    {
        var remaining = budget - Stopwatch.GetElapsedTime(_start);
        using var within = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        within.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        try
        {
            return await statement(within.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            throw new ExecutionError(
                $"This search took longer than its {budget.TotalSeconds:0.###} s: narrow it (a radius, a sector, a period, fewer " +
                "text conditions) or ask for fewer of nodes, totalCount and facets.")
            {
                Code = ErrorCodes.SearchTimeout,
            };
        }
    }
}

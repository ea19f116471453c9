using GraphQL;
using Stage.Api.GraphQL.Limits;

namespace Stage.Api.Tests.GraphQL.Limits;

/// <summary>Queries and mutations are cancelled at the timeout; a subscription, which lives as long as its client, is not.</summary>
public sealed class ExecutionTimeoutTests
{
    private readonly ExecutionTimeout _timeout = new(new FixedOptions<QueryLimitsOptions>(new QueryLimitsOptions { ExecutionTimeout = TimeSpan.Zero }));

    [Theory]
    [InlineData("{ sectors { code } }", null)]
    [InlineData("mutation M { anything }", null)]
    [InlineData("subscription S { changes } query Q { sectors { code } }", "Q")]
    public async Task Operations_that_outlive_the_timeout_are_refused(string query, string? operationName)
    {
        var result = await _timeout.ExecuteAsync(Options(query, operationName), WaitForCancellationAsync);
        Assert.Equal("TIMEOUT", Assert.Single(result.Errors!).Code);
    }

    [Theory]
    [InlineData("subscription { changes }", null)]
    [InlineData("query Q { sectors { code } } subscription S { changes }", "S")]
    public async Task A_subscription_keeps_the_callers_token(string query, string? operationName)
    {
        var options = Options(query, operationName);
        var result = await _timeout.ExecuteAsync(options, async o =>
        {
            await Task.Delay(20, CancellationToken.None);
            return new ExecutionResult { Executed = !o.CancellationToken.IsCancellationRequested };
        });
        Assert.True(result.Executed);
        Assert.Null(result.Errors);
    }

    private static ExecutionOptions Options(string query, string? operationName) =>
        new() { Query = query, Document = GraphQLParser.Parser.Parse(query), OperationName = operationName };

    private static async Task<ExecutionResult> WaitForCancellationAsync(ExecutionOptions options)
    {
        await Task.Delay(Timeout.Infinite, options.CancellationToken);
        return new ExecutionResult();
    }
}

using Npgsql;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.GraphQL.Limits;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// A search holds the database for at most its budget (<c>Stage:Search:Budget</c>): a search that cannot finish in time
/// (here: blocked by a lock another session holds on the offers) answers <c>SEARCH_TIMEOUT</c> well before the
/// execution timeout, PostgreSQL has cancelled its statements, and the next search runs normally.
/// </summary>
public sealed class SearchBudgetTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Search = "{ offers(first: 5) { totalCount nodes { id } } }";

    [Fact]
    public async Task A_search_over_its_budget_answers_search_timeout_and_is_cancelled_in_the_database()
    {
        // The search index in memory would answer without reading the locked table: this is about PostgreSQL's statements.
        var client = ConfiguredApi.With(
            api, ("Stage:Search:Budget", "00:00:00.300"), ("GraphQL:Limits:ExecutionTimeout", "00:01:00"), ("Stage:Search:InMemoryIndex", "false")).Client();
        Assert.Null((await client.PostAsync(Search)).Errors);

        await using (var offers = await TableLock.TakeAsync(api, "offers"))
        {
            var response = await client.PostAsync(Search);

            Assert.Equal(200, response.StatusCode);
            Assert.Contains("SEARCH_TIMEOUT", response.ErrorCodes);
            Assert.DoesNotContain("INTERNAL_SERVER_ERROR", response.ErrorCodes);
            await using var waiting = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", offers.Connection, offers.Transaction);
            Assert.Equal(0L, (long)(await waiting.ExecuteScalarAsync())!);
        }

        Assert.Null((await client.PostAsync(Search)).Errors);
    }
}

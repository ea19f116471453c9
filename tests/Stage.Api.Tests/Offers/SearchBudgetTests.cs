using Npgsql;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// A search holds the database for at most its budget (<c>Stage:Search:Budget</c>): a search that cannot finish in time
/// (here: blocked by a lock another session holds on the offers) answers <c>SEARCH_TIMEOUT</c>, PostgreSQL has
/// cancelled its statement, and the next search runs normally.
/// </summary>
public sealed class SearchBudgetTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Search = "{ offers(first: 5) { totalCount nodes { id } } }";

    [Fact]
    public async Task A_search_over_its_budget_answers_search_timeout_and_is_cancelled_in_the_database()
    {
        var factory = api.Factory.WithWebHostBuilder(builder => builder.UseSetting("Stage:Search:Budget", "00:00:00.300"));
        var client = new GraphQLClient(factory.CreateClient());
        Assert.Null((await client.PostAsync(Search)).Errors);

        await using (var blocker = await api.OpenConnectionAsync())
        {
            await using var transaction = await blocker.BeginTransactionAsync();
            await using (var lockOffers = new NpgsqlCommand("LOCK TABLE offers IN ACCESS EXCLUSIVE MODE", blocker, transaction))
            {
                await lockOffers.ExecuteNonQueryAsync();
            }

            var response = await client.PostAsync(Search);

            Assert.Equal(200, response.StatusCode);
            Assert.Contains("SEARCH_TIMEOUT", response.ErrorCodes);
            Assert.DoesNotContain("INTERNAL_SERVER_ERROR", response.ErrorCodes);
            Assert.Equal(0, await WaitingOnOffersAsync());
            await transaction.RollbackAsync();
        }

        Assert.Null((await client.PostAsync(Search)).Errors);
    }

    /// <summary>Statements of the test database still waiting for a lock (the cancelled search must not be one).</summary>
    private async Task<long> WaitingOnOffersAsync()
    {
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

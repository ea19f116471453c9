using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stage.Api.Offers.Search;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Offers.Management;

namespace Stage.Api.Tests.Connections;

/// <summary>
/// Every PostgreSQL connection taken from outside, or the API's own pool exhausted, while mutations arrive: each answer
/// is a success that is in the database or a 503 DATABASE_UNAVAILABLE with Retry-After and nothing written (never a
/// 500, never a committed change answered as an error), and a retry with the same idempotency key succeeds once.
/// </summary>
public sealed class ConnectionPressureTests(ConnectionPressureFixture cluster) : IClassFixture<ConnectionPressureFixture>
{
    private const string CreateOffer =
        "mutation ($input: CreateOfferInput!) { createOffer(input: $input) { offer { id title } errors { __typename } } }";

    [Fact]
    public async Task With_every_server_connection_held_mutations_answer_503_or_succeed_and_their_retries_succeed_once()
    {
        var (factory, client) = await cluster.StartApiAsync();
        await using var _ = factory;
        var attempts = Enumerable.Range(0, 12).Select(i => new Attempt($"Held {i:D2}", $"held-key-{i:D2}")).ToList();

        // The API's idle connections closed first, so that the slots they held are taken too.
        factory.Services.GetRequiredService<NpgsqlDataSource>().Clear();
        factory.Services.GetRequiredService<NearestNeighbourDataSource>().DataSource.Clear();
        var held = await cluster.HoldEveryConnectionAsync();
        var first = await Task.WhenAll(attempts.Take(6).Select(a => SendAsync(client, a)));

        // A background job of the API may have opened a connection between the clear and the hold and handed it back
        // to the pool, so one mutation at a time may still get through; the others find no connection.
        Assert.Contains(first, answer => answer.Status == HttpStatusCode.ServiceUnavailable);

        // Two slots given back: some mutations get a connection, the others find none.
        await ReleaseAsync(held, 2);
        var second = await Task.WhenAll(attempts.Skip(6).Select(a => SendAsync(client, a)));

        await ReleaseAsync(held, held.Count);
        foreach (var answer in first.Concat(second))
        {
            await AssertSuccessInDatabaseOr503NothingWrittenAsync(answer);
        }

        await AssertRetriesSucceedOnceAsync(client, first.Concat(second).ToList());
    }

    [Fact]
    public async Task With_the_api_pool_exhausted_waiting_mutations_answer_503_and_the_running_ones_commit()
    {
        var narrow = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { MaxPoolSize = 2, Timeout = 2 }.ConnectionString;
        var (factory, client) = await cluster.StartApiAsync(narrow);
        await using var _ = factory;
        var attempts = Enumerable.Range(0, 6).Select(i => new Attempt($"Pool {i:D2}", $"pool-key-{i:D2}")).ToList();

        // Inserts into offers wait on this lock, holding their pooled connection; reads still run.
        await using var blocker = new NpgsqlConnection(cluster.ConnectionString);
        await blocker.OpenAsync();
        var transaction = await blocker.BeginTransactionAsync();
        await using (var lockOffers = new NpgsqlCommand("LOCK TABLE offers IN EXCLUSIVE MODE", blocker, transaction))
        {
            await lockOffers.ExecuteNonQueryAsync();
        }

        var sending = attempts.Select(a => SendAsync(client, a)).ToList();
        var refused = await Task.WhenAny(sending);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await refused).Status);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await transaction.CommitAsync();
        var answers = await Task.WhenAll(sending);

        Assert.Contains(answers, a => a.Status == HttpStatusCode.OK);
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable);
        foreach (var answer in answers)
        {
            await AssertSuccessInDatabaseOr503NothingWrittenAsync(answer);
        }

        await AssertRetriesSucceedOnceAsync(client, answers);
    }

    private async Task AssertSuccessInDatabaseOr503NothingWrittenAsync(Answer answer)
    {
        var codes = answer.Body?["errors"]?.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).ToList() ?? [];
        if (answer.Status == HttpStatusCode.OK)
        {
            Assert.Empty(codes);
            Assert.Equal(answer.Attempt.Title, answer.Body!["data"]!["createOffer"]!["offer"]!["title"]!.GetValue<string>());
            Assert.True(await cluster.OfferExistsAsync(answer.Attempt.Title), $"{answer.Attempt.Title} was acknowledged but is not in the database.");
        }
        else
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
            Assert.True(answer.RetryAfter, "A 503 should say when to retry.");
            Assert.Equal(["DATABASE_UNAVAILABLE"], codes);
            Assert.False(await cluster.OfferExistsAsync(answer.Attempt.Title), $"{answer.Attempt.Title} was refused with 503 but written.");
        }
    }

    private async Task AssertRetriesSucceedOnceAsync(GraphQLClient client, IReadOnlyList<Answer> answers)
    {
        foreach (var answer in answers)
        {
            var retry = await SendAsync(client, answer.Attempt);
            Assert.Equal(HttpStatusCode.OK, retry.Status);
            var offer = retry.Body!["data"]!["createOffer"]!["offer"]!;
            if (answer.Status == HttpStatusCode.OK)
            {
                Assert.Equal(answer.Body!["data"]!["createOffer"]!["offer"]!["id"]!.GetValue<string>(), offer["id"]!.GetValue<string>());
            }

            Assert.True(await cluster.OfferExistsAsync(answer.Attempt.Title));
        }
    }

    private static async Task ReleaseAsync(List<NpgsqlConnection> held, int count)
    {
        foreach (var connection in held.Take(count).ToList())
        {
            await connection.DisposeAsync();
            held.Remove(connection);
        }
    }

    private static async Task<Answer> SendAsync(GraphQLClient client, Attempt attempt)
    {
        var input = OfferInputs.Seconde(attempt.Title).With("newEmployer", OfferInputs.NewEmployer()).With("idempotencyKey", attempt.Key);
        using var response = await client.Http.PostAsJsonAsync("/graphql", new { query = CreateOffer, variables = new { input } });
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(attempt, response.StatusCode, response.Headers.RetryAfter is not null, JsonNode.Parse(text));
    }

    private sealed record Attempt(string Title, string Key);

    private sealed record Answer(Attempt Attempt, HttpStatusCode Status, bool RetryAfter, JsonNode? Body);
}

using System.Net;
using System.Net.Http.Headers;
using Npgsql;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Offers.Management;

namespace Stage.Api.Tests.Health;

/// <summary>
/// PostgreSQL crashes under a stream of mutations: requests fail fast with 503 DATABASE_UNAVAILABLE, the
/// process stays up (live) but not ready; when PostgreSQL returns the API serves again without a restart,
/// subscriptions opened before the crash included, and every mutation acknowledged before the crash is
/// in the database.
/// </summary>
public sealed class DatabaseOutageTests(OutageFixture outage) : IClassFixture<OutageFixture>
{
    private const string Search = "{ offers(first: 100, where: {title: {startsWith: \"Outage \"}}) { totalCount } }";

    [Fact]
    public async Task The_api_survives_a_database_crash_and_loses_no_acknowledged_mutation()
    {
        var writer = await OperatorClientAsync();
        var anonymous = Client();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync("/health/ready")).StatusCode);

        var acknowledged = new List<string>();
        string? followedOffer = null;
        Realtime.GraphQLWebSocketClient? subscriber = null;
        var outageAnswers = 0;
        var crashed = false;
        for (var i = 0; outageAnswers < 5; i++)
        {
            if (acknowledged.Count == 20 && !crashed)
            {
                LocalPostgresCluster.StopServer(outage.Cluster, "immediate");
                crashed = true;
            }

            var title = $"Outage {i:D3}";
            var response = await writer.SendAsync("createOffer", OfferInputs.Seconde(title)
                .With("newEmployer", OfferInputs.NewEmployer()).With("publish", true));
            if (response.StatusCode == 200 && response.Errors is null)
            {
                Assert.False(crashed, "A mutation was acknowledged while the database was down.");
                acknowledged.Add(title);
                if (followedOffer is null)
                {
                    followedOffer = response.Data!["createOffer"]!["offer"]!["id"]!.GetValue<string>();
                    subscriber = await SeatsSubscriberAsync(followedOffer);
                }
            }
            else
            {
                Assert.Equal(503, response.StatusCode);
                Assert.Contains("DATABASE_UNAVAILABLE", response.ErrorCodes);
                outageAnswers++;
            }
        }

        var query = await anonymous.PostAsync(Search);
        Assert.Equal(503, query.StatusCode);
        Assert.Equal(["DATABASE_UNAVAILABLE"], query.ErrorCodes);
        using var raw = await anonymous.Http.PostAsync("/graphql", new StringContent("{\"query\":\"{ sectors { code } offers { totalCount } }\"}", MediaTypeHeaderValue.Parse("application/json")));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, raw.StatusCode);
        Assert.NotNull(raw.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.Http.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync("/health/live")).StatusCode);

        LocalPostgresCluster.StartServer(outage.Cluster);
        await WaitUntilReadyAsync(anonymous.Http);

        var data = await anonymous.QueryAsync(Search);
        Assert.Equal(acknowledged.Count, data["offers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(acknowledged, await StoredTitlesAsync(acknowledged));
        var after = await writer.SendAsync("createOffer", OfferInputs.Seconde("After the outage").With("newEmployer", OfferInputs.NewEmployer()));
        Assert.True(after.StatusCode == 200 && after.Errors is null, after.Body?.ToJsonString());

        // The subscription opened before the crash is served again: its instance listens anew.
        await writer.MutateAsync("unpublishOffer", new { offerId = followedOffer });
        await using (subscriber)
        {
            while (true)
            {
                var change = (await subscriber!.ReceiveForAsync("seats", TimeSpan.FromSeconds(30)))["payload"]!["data"]!["offerSeatsChanged"]!;
                if (change["status"]!.GetValue<string>() == "UNPUBLISHED")
                {
                    break;
                }
            }
        }
    }

    private async Task<Realtime.GraphQLWebSocketClient> SeatsSubscriberAsync(string offerId)
    {
        var client = await Realtime.GraphQLWebSocketClient.ConnectAsync(outage.Factory);
        await client.InitAsync();
        await client.SubscribeAsync("seats", "subscription ($id: ID!) { offerSeatsChanged(offerId: $id) { status } }", new { id = offerId });
        return client;
    }

    private GraphQLClient Client(string? token = null)
    {
        var http = outage.Factory.CreateClient();
        // A request that hung on the dead database would fail the test here rather than wait forever.
        http.Timeout = TimeSpan.FromSeconds(30);
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return new GraphQLClient(http);
    }

    private async Task<GraphQLClient> OperatorClientAsync()
    {
        await using (var dataSource = NpgsqlDataSource.Create(outage.ConnectionString))
        {
            await using var command = dataSource.CreateCommand("INSERT INTO operators (name) VALUES ('Réseau en panne')");
            await command.ExecuteNonQueryAsync();
        }

        return Client(await TestTokens.ForAsync(outage.Factory.Services, DevelopmentLogin.Operator("Réseau en panne")));
    }

    private async Task<List<string>> StoredTitlesAsync(List<string> titles)
    {
        await using var connection = new NpgsqlConnection(outage.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT title FROM offers WHERE title = ANY($1) ORDER BY title", connection)
        {
            Parameters = { new() { Value = titles.ToArray() } },
        };
        var stored = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetString(0));
        }

        return stored;
    }

    /// <summary>PostgreSQL needs a moment to replay its WAL after the crash; readiness says when it is back.</summary>
    private static async Task WaitUntilReadyAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("/health/ready did not report ready within 10 s of PostgreSQL's restart.");
    }
}

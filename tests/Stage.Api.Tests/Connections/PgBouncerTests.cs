using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stage.Api.Events;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.Connections;

/// <summary>
/// Two API instances whose connections go through PgBouncer in transaction pooling, their LISTEN connections straight to
/// PostgreSQL, as README "Connections" describes: mutations, searches and cross-instance events work.
/// </summary>
public sealed class PgBouncerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Two_instances_behind_pgbouncer_serve_mutations_and_searches_and_deliver_events_across_instances()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var bouncer = await PgBouncerProcess.StartAsync(api.Database.ConnectionString);
        var database = new NpgsqlConnectionStringBuilder(api.Database.ConnectionString).Database!;
        await using var instanceA = BehindPgBouncer(bouncer, database);
        await using var instanceB = BehindPgBouncer(bouncer, database);

        await using var subscriber = await GraphQLWebSocketClient.ConnectAsync(LoopbackServer.AddressOf(instanceA));
        await subscriber.InitAsync(scenario.PupilToken);
        await subscriber.SubscribeAsync("s", "subscription ($id: ID) { applicationStatusChanged(applicationId: $id) { to } }", new { id = scenario.ApplicationId });
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => instanceA.Services.GetRequiredService<ActiveSubscriptions>().Count, 1);

        var employerOnB = Client(instanceB, scenario.EmployerToken);
        var pupilOnA = Client(instanceA, scenario.PupilToken);
        await ApplicationScenario.ChangeAsync(employerOnB, "markApplicationRead", scenario.ApplicationId);
        await ApplicationScenario.ChangeAsync(employerOnB, "acceptApplication", scenario.ApplicationId);
        var confirmed = await ApplicationScenario.ChangeAsync(pupilOnA, "confirmApplication", scenario.ApplicationId);
        Assert.Equal("CONFIRMED", confirmed["application"]!["status"]!.GetValue<string>());

        foreach (var expected in new[] { "READ", "ACCEPTED_BY_EMPLOYER", "CONFIRMED" })
        {
            var change = await subscriber.ReceiveForAsync("s");
            Assert.Equal(expected, change["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>());
        }

        // A distance-ordered page (its own pool) and a filtered count run through the pooler too.
        var search = await Client(instanceB, null).QueryAsync(
            "query ($lat: Float!, $lon: Float!) { offers(first: 5, near: {latitude: $lat, longitude: $lon, radiusKm: 50}) { totalCount nodes { id } } }",
            new { lat = scenario.Offer.Location.Y, lon = scenario.Offer.Location.X });
        Assert.True(search["offers"]!["totalCount"]!.GetValue<int>() >= 1);

        var log = await File.ReadAllTextAsync(bouncer.LogFile);
        Assert.Contains($"login attempt: db={database} user=postgres", log, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> BehindPgBouncer(PgBouncerProcess bouncer, string database) =>
        LoopbackServer.Start(api.Factory.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Stage", bouncer.ConnectionString(database))
            .UseSetting("ConnectionStrings:StageListener", api.Database.ConnectionString)));

    private static GraphQLClient Client(WebApplicationFactory<Program> instance, string? token)
    {
        var http = new HttpClient { BaseAddress = new Uri(LoopbackServer.AddressOf(instance)), Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return new GraphQLClient(http);
    }
}

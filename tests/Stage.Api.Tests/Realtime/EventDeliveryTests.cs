using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stage.Api.Events;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// Delivery through PostgreSQL: across instances, across a lost listening connection, and without
/// loss or duplicate when many transactions commit out of id order while a subscriber keeps resuming.
/// </summary>
public sealed class EventDeliveryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_change_made_through_one_instance_reaches_a_subscriber_of_another()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var instanceA = LoopbackServer.Start(api.Factory.WithWebHostBuilder(_ => { }));
        await using var instanceB = LoopbackServer.Start(api.Factory.WithWebHostBuilder(_ => { }));
        await using var client = await GraphQLWebSocketClient.ConnectAsync(LoopbackServer.AddressOf(instanceA));
        await client.InitAsync(scenario.PupilToken);
        await client.SubscribeAsync("s", "subscription ($id: ID) { applicationStatusChanged(applicationId: $id) { to } }", new { id = scenario.ApplicationId });
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => instanceA.Services.GetRequiredService<ActiveSubscriptions>().Count, 1);

        using var http = new HttpClient { BaseAddress = new Uri(LoopbackServer.AddressOf(instanceB)) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", scenario.EmployerToken);
        await Applications.ApplicationScenario.ChangeAsync(new GraphQLClient(http), "markApplicationRead", scenario.ApplicationId);

        var change = await client.ReceiveForAsync("s");
        Assert.Equal("READ", change["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_the_listening_connection_drops_the_instance_reconnects_and_delivers_what_happened_meanwhile()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var instance = api.Factory.WithWebHostBuilder(b => b.UseSetting("Stage:Subscriptions:ReconnectDelayMin", "00:00:02"));
        await using var client = await GraphQLWebSocketClient.ConnectAsync(instance);
        await client.InitAsync(scenario.PupilToken);
        await client.SubscribeAsync("s", "subscription ($id: ID) { applicationStatusChanged(applicationId: $id) { to } }", new { id = scenario.ApplicationId });
        // Subscribed once the stream is open on the server (it starts at the end of the log as it is then).
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => instance.Services.GetRequiredService<ActiveSubscriptions>().Count, 1);
        var listener = instance.Services.GetRequiredService<DatabaseNotificationListener>();
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => listener.IsListening ? 1 : 0, 1);
        var connectionsBefore = listener.Connections;

        await using (var connection = await api.OpenConnectionAsync())
        await using (var kill = new NpgsqlCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND (query LIKE 'LISTEN%' OR query = 'SELECT 1')", connection))
        {
            await kill.ExecuteNonQueryAsync();
        }

        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => listener.IsListening ? 1 : 0, 0);
        await scenario.ChangeAsync("markApplicationRead");

        var change = await client.ReceiveForAsync("s");
        Assert.Equal("READ", change["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>());
        Assert.True(listener.Connections > connectionsBefore, "The listener should have reconnected.");
    }

    [Fact]
    public async Task A_subscriber_that_keeps_resuming_receives_every_event_once_in_commit_order_while_transactions_commit_out_of_order()
    {
        const int applications = 6;
        const int eventsPerApplication = 40;
        var scenarios = new List<RealtimeScenario> { await RealtimeScenario.CreateAsync(api) };
        var employer = scenarios[0];
        var ids = new List<long> { ApplicationId(employer.ApplicationId) };
        var latest = employer;
        for (var i = 1; i < applications; i++)
        {
            var other = latest = await RealtimeScenario.CreateAsync(api);
            await using var db = api.CreateDbContext();
            var application = await db.Applications.FindAsync(ApplicationId(other.ApplicationId));
            application!.OfferId = employer.Offer.Id;
            await db.SaveChangesAsync();
            ids.Add(application.Id);
        }

        var start = await latest.LastCursorAsync();
        var writers = ids.Select(id => WriteEventsAsync(id, eventsPerApplication)).ToList();
        var received = new List<(long Application, string Cursor)>();
        var cursor = start;
        var rounds = 0;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (received.Count < applications * eventsPerApplication && !deadline.IsCancellationRequested)
        {
            rounds++;
            await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
            await client.InitAsync(employer.EmployerToken);
            await client.SubscribeAsync("s", "subscription ($after: String) { applicationStatusChanged(after: $after) { cursor applicationId } }", new { after = cursor });
            var take = Random.Shared.Next(5, 40);
            for (var i = 0; i < take && received.Count < applications * eventsPerApplication; i++)
            {
                var change = (await client.ReceiveForAsync("s", TimeSpan.FromSeconds(30)))["payload"]!["data"]!["applicationStatusChanged"]!;
                cursor = change["cursor"]!.GetValue<string>();
                var application = Stage.Api.Kit.Relay.GlobalId.Parse(change["applicationId"]!.GetValue<string>(), "Application");
                received.Add((application, cursor));
            }
        }

        await Task.WhenAll(writers);
        Assert.True(rounds > 3, "The subscriber should have resumed several times.");
        Assert.Equal(applications * eventsPerApplication, received.Count);
        Assert.Equal(received.Count, received.Select(r => r.Cursor).Distinct().Count());

        // Per application, the writer's sequence numbers (the events' notes) arrive in the order it committed them.
        var notes = await NotesByCursorAsync(employer);
        foreach (var id in ids)
        {
            var sequence = received.Where(r => r.Application == id).Select(r => notes[r.Cursor]).ToList();
            Assert.Equal(Enumerable.Range(1, eventsPerApplication), sequence);
        }
    }

    /// <summary>Every written event's cursor and note, read from the applications' history as a client would.</summary>
    private static async Task<Dictionary<string, int>> NotesByCursorAsync(RealtimeScenario employer)
    {
        var data = await employer.Employer.QueryAsync("{ me { applications(first: 50) { nodes { history { cursor note } } } } }");
        return data["me"]!["applications"]!["nodes"]!.AsArray()
            .SelectMany(a => a!["history"]!.AsArray())
            .Where(e => int.TryParse(e!["note"]?.GetValue<string>(), out _))
            .ToDictionary(e => e!["cursor"]!.GetValue<string>(), e => int.Parse(e!["note"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static long ApplicationId(string globalId) => Stage.Api.Kit.Relay.GlobalId.Parse(globalId, "Application");

    /// <summary>One writer per application: each event in its own transaction, held open a random while so that commits overtake each other.</summary>
    private async Task WriteEventsAsync(long applicationId, int count)
    {
        await using var connection = await api.OpenConnectionAsync();
        for (var i = 1; i <= count; i++)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var insert = new NpgsqlCommand(
                "INSERT INTO application_events (application_id, from_status, to_status, note) VALUES ($1, 'read', 'read', $2)", connection, transaction))
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = applicationId });
                insert.Parameters.Add(new NpgsqlParameter { Value = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                await insert.ExecuteNonQueryAsync();
            }

            await Task.Delay(Random.Shared.Next(0, 15));
            await transaction.CommitAsync();
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Events;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// What only the legacy graphql-ws subprotocol (subscriptions-transport-ws) does, over a real socket: <c>ka</c>
/// keep-alives, <c>stop</c> answered by <c>complete</c>, <c>connection_terminate</c>, <c>connection_error</c> before a
/// refusal's close, and resumption with <c>after</c> delivered as <c>data</c>.
/// </summary>
public sealed class LegacyWsProtocolTests(LoopbackApi loopback) : IClassFixture<LoopbackApi>
{
    private const string Subscription =
        "subscription ($id: ID, $after: String) { applicationStatusChanged(applicationId: $id, after: $after) { cursor from to } }";

    [Fact]
    public async Task Keep_alives_follow_the_acknowledgement_then_come_periodically()
    {
        await using var instance = loopback.Api.Factory.WithWebHostBuilder(b => b.UseSetting("Stage:Subscriptions:KeepAliveInterval", "00:00:00.200"));
        await using var client = await GraphQLWebSocketClient.ConnectAsync(LoopbackServer.AddressOf(LoopbackServer.Start(instance)), GraphQLWebSocketClient.LegacyWs);
        await client.InitAsync(); // connection_ack, then ka at once

        Assert.Equal("ka", GraphQLWebSocketClient.Type(await client.ReceiveAsync(TimeSpan.FromSeconds(5))));
        Assert.Equal("ka", GraphQLWebSocketClient.Type(await client.ReceiveAsync(TimeSpan.FromSeconds(5))));
    }

    [Fact]
    public async Task A_subscription_resumed_after_a_cursor_replays_then_streams_live_as_data()
    {
        var scenario = await RealtimeScenario.CreateAsync(loopback.Api);
        var submitted = await scenario.LastCursorAsync();
        await scenario.ChangeAsync("markApplicationRead");
        await using var client = await ConnectAsync();
        await client.InitAsync(scenario.PupilToken);

        await client.SubscribeAsync("s", Subscription, new { id = scenario.ApplicationId, after = submitted });
        var replayed = await client.ReceiveForAsync("s");
        await scenario.ChangeAsync("acceptApplication");
        var live = await client.ReceiveForAsync("s");

        Assert.Equal("data", GraphQLWebSocketClient.Type(replayed));
        Assert.Equal("READ", replayed["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>());
        Assert.Equal("data", GraphQLWebSocketClient.Type(live));
        Assert.Equal("ACCEPTED_BY_EMPLOYER", live["payload"]!["data"]!["applicationStatusChanged"]!["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stop_ends_a_subscription_and_is_answered_by_complete()
    {
        var scenario = await RealtimeScenario.CreateAsync(loopback.Api);
        await using var client = await ConnectAsync();
        await client.InitAsync(scenario.PupilToken);
        var subscriptions = loopback.Services.GetRequiredService<ActiveSubscriptions>();
        var before = subscriptions.Count;
        await client.SubscribeAsync("s", Subscription, new { id = scenario.ApplicationId });
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => subscriptions.Count, before + 1);

        await client.SendAsync(new { id = "s", type = "stop" });

        var complete = await client.ReceiveForAsync("s");
        Assert.Equal("complete", GraphQLWebSocketClient.Type(complete));
        Assert.Equal(before, await ApplicationStatusSubscriptionTests.EventuallyAsync(() => subscriptions.Count, before));
        await scenario.ChangeAsync("markApplicationRead");
        await client.SubscribeAsync("q", "{ __typename }");
        Assert.Equal("data", GraphQLWebSocketClient.Type(await client.ReceiveAsync())); // nothing more for "s" came first
    }

    [Fact]
    public async Task Connection_terminate_closes_normally()
    {
        await using var client = await ConnectAsync();
        await client.InitAsync();
        await client.SendAsync(new { type = "connection_terminate", payload = (object?)null });
        Assert.Equal((1000, "Terminated by the client"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_refused_init_is_explained_by_connection_error_before_the_close()
    {
        await using var client = await ConnectAsync();
        await client.SendAsync(new { type = "connection_init", payload = new { authToken = "ignored", token = "not-a-token" } });

        var error = await client.ReceiveAsync();
        Assert.Equal("connection_error", GraphQLWebSocketClient.Type(error));
        Assert.StartsWith("Forbidden", error["payload"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UNAUTHENTICATED", error["payload"]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(4403, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task A_malformed_message_is_explained_by_connection_error_before_the_close()
    {
        await using var client = await ConnectAsync();
        await client.SendRawAsync("{not json");

        var error = await client.ReceiveAsync();
        Assert.Equal("connection_error", GraphQLWebSocketClient.Type(error));
        Assert.Equal("Invalid message received", error["payload"]!["message"]!.GetValue<string>());
        Assert.Equal((4400, "Invalid message received"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task An_error_carries_one_error_object_as_the_protocol_defines_it()
    {
        await using var client = await ConnectAsync();
        await client.InitAsync();
        await client.SubscribeAsync("e", "{ noSuchField alsoMissing }");

        var error = await client.ReceiveForAsync("e");
        Assert.Equal("error", GraphQLWebSocketClient.Type(error));
        Assert.Equal(System.Text.Json.JsonValueKind.Object, error["payload"]!.GetValueKind());
        Assert.Contains("noSuchField", error["payload"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private Task<GraphQLWebSocketClient> ConnectAsync() => GraphQLWebSocketClient.ConnectAsync(loopback.Address, GraphQLWebSocketClient.LegacyWs);
}

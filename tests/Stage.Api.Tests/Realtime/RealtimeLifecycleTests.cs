using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Events;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>Server-Sent Events, and the WebSocket closes no client causes (slow consumer 1013, shutdown 1001, token expiry 4403), over a real socket in both subprotocols.</summary>
public sealed class RealtimeLifecycleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_query_over_server_sent_events_answers_next_then_complete()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ sectors { code } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await api.Factory.CreateClient().SendAsync(request);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("event: next\ndata: {\"data\":{\"sectors\":[{\"code\":\"s1\"}", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata:\n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscription_over_server_sent_events_streams_each_change_of_the_authorized_viewer()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        var client = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                "{\"query\":\"subscription ($id: ID) { applicationStatusChanged(applicationId: $id) { to } }\",\"variables\":{\"id\":\"" + scenario.ApplicationId + "\"}}",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", scenario.PupilToken);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => api.Factory.Services.GetRequiredService<ActiveSubscriptions>().Count, 1);

        await scenario.ChangeAsync("markApplicationRead");
        Assert.Equal("event: next", await NextLineAsync(reader));
        Assert.Equal("data: {\"data\":{\"applicationStatusChanged\":{\"to\":\"READ\"}}}", await NextLineAsync(reader));
    }

    [Fact]
    public async Task An_event_source_subscribes_by_get_but_a_mutation_by_get_is_refused()
    {
        await using var seats = await FollowedSeats.StartAsync(api);
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"/graphql?query={Uri.EscapeDataString(FollowedSeats.Subscription)}&variables={Uri.EscapeDataString(seats.Variables)}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await seats.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await seats.ExpectOneSeatLeftAsync(response);

        using var mutation = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        mutation.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var refused = await seats.Http.SendAsync(mutation);
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, refused.StatusCode);
    }

    [Theory]
    [InlineData(GraphQLWebSocketClient.TransportWs)]
    [InlineData(GraphQLWebSocketClient.LegacyWs)]
    public async Task A_subscriber_that_stops_reading_is_disconnected_with_a_clear_reason_and_frees_its_buffer(string protocol)
    {
        var scenario = await RealtimeScenario.CreateAsync(api, offer => offer.Description = new string('é', 1500));
        await using var instance = api.Factory.WithWebHostBuilder(b => b
            .UseSetting("Stage:Subscriptions:BufferSize", "5")
            .UseSetting("Stage:Subscriptions:DeliveryWindow", "1"));
        await using var client = await GraphQLWebSocketClient.ConnectAsync(LoopbackServer.AddressOf(LoopbackServer.Start(instance)), protocol);
        await client.InitAsync(scenario.PupilToken);
        // Each event asks for the offer's description 25 times: about 75 KB a message, so that the socket fills fast.
        var fields = string.Join(" ", Enumerable.Range(0, 25).Select(i => $"d{i}: application {{ offer {{ description }} }}"));
        await client.SubscribeAsync("s", $"subscription ($id: ID) {{ applicationStatusChanged(applicationId: $id) {{ to {fields} }} }}", new { id = scenario.ApplicationId });
        var subscriptions = instance.Services.GetRequiredService<ActiveSubscriptions>();
        await ApplicationStatusSubscriptionTests.EventuallyAsync(() => subscriptions.Count, 1);

        // The client reads nothing while 300 events are committed.
        await using (var connection = await api.OpenConnectionAsync())
        await using (var insert = new Npgsql.NpgsqlCommand(
            "INSERT INTO application_events (application_id, from_status, to_status) SELECT $1, 'read', 'read' FROM generate_series(1, 300)", connection))
        {
            insert.Parameters.Add(new Npgsql.NpgsqlParameter { Value = Stage.Api.Kit.Relay.GlobalId.Parse(scenario.ApplicationId, "Application") });
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await ApplicationStatusSubscriptionTests.EventuallyAsync(() => subscriptions.Count, 0));
        var (code, reason) = await client.ReceiveCloseAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(SlowConsumerError.CloseCode, code);
        Assert.StartsWith("Subscriber too slow", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GraphQLWebSocketClient.TransportWs)]
    [InlineData(GraphQLWebSocketClient.LegacyWs)]
    public async Task Shutting_down_closes_sockets_with_1001(string protocol)
    {
        await using var instance = LoopbackServer.Start(api.Factory.WithWebHostBuilder(_ => { }));
        var client = await GraphQLWebSocketClient.ConnectAsync(LoopbackServer.AddressOf(instance), protocol);
        await client.InitAsync();
        var closed = client.ReceiveCloseAsync(TimeSpan.FromSeconds(20));

        instance.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().StopApplication();

        Assert.Equal(1001, (await closed).Code);
        await client.DisposeAsync();
    }

    [Theory]
    [InlineData(GraphQLWebSocketClient.TransportWs)]
    [InlineData(GraphQLWebSocketClient.LegacyWs)]
    public async Task A_connection_is_closed_when_the_token_that_opened_it_expires(string protocol)
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var instance = LoopbackServer.Start(api.Factory.WithWebHostBuilder(b => b.UseSetting("Stage:Auth:Development:TokenLifetime", "00:00:02")));
        await using var client = await GraphQLWebSocketClient.ConnectAsync(LoopbackServer.AddressOf(instance), protocol);
        await client.InitAsync(await TestTokens.ForAsync(instance.Services, DevelopmentLogin.Pupil(scenario.Pupil.Ine)));

        var (code, reason) = await client.ReceiveCloseAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(4403, code);
        Assert.Equal("Forbidden: the token has expired", reason);
    }

    [Fact]
    public async Task Operations_beyond_the_per_connection_limit_are_refused_with_an_error()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var instance = api.Factory.WithWebHostBuilder(b => b.UseSetting("Stage:Subscriptions:MaxOperationsPerConnection", "2"));
        await using var client = await GraphQLWebSocketClient.ConnectAsync(instance);
        await client.InitAsync(scenario.PupilToken);
        const string query = "subscription { applicationStatusChanged { to } }";
        await client.SubscribeAsync("1", query);
        await client.SubscribeAsync("2", query);
        await client.SubscribeAsync("3", query);

        var refused = await client.ReceiveForAsync("3");
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_OPERATIONS", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Operations_over_a_socket_draw_on_the_viewers_rate_limit()
    {
        var scenario = await RealtimeScenario.CreateAsync(api);
        await using var instance = api.Factory.WithWebHostBuilder(b => b.UseSetting("Stage:RateLimits:AccountPointsPerMinute", "3"));
        await using var client = await GraphQLWebSocketClient.ConnectAsync(instance);
        await client.InitAsync(await TestTokens.ForAsync(instance.Services, DevelopmentLogin.Pupil(scenario.Pupil.Ine))); // one point

        for (var i = 0; i < 2; i++)
        {
            await client.SubscribeAsync($"q{i}", "{ __typename }");
            Assert.Equal("next", (await client.ReceiveForAsync($"q{i}"))["type"]!.GetValue<string>());
        }

        await client.SubscribeAsync("q2", "{ __typename }");
        var refused = await client.ReceiveForAsync("q2");
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("RATE_LIMITED", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    /// <summary>The next line of an event stream that is neither blank nor a keep-alive comment (within 15 s).</summary>
    internal static async Task<string?> NextLineAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is "" or ":");

        return line;
    }
}

using System.Text.Json.Nodes;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// Both subprotocols, graphql-transport-ws and the legacy graphql-ws, over a real socket (Kestrel on loopback): the
/// handshake, operations and every close code a client can cause. Close frames must reach the client: a close
/// lost to an aborted socket shows here as 1006, never on the in-memory test server.
/// </summary>
public sealed class WebSocketProtocolTests(LoopbackApi loopback) : IClassFixture<LoopbackApi>
{
    private const string TransportWs = GraphQLWebSocketClient.TransportWs;
    private const string LegacyWs = GraphQLWebSocketClient.LegacyWs;
    private static readonly string[] Weeks = ["2026-W25"];

    public static TheoryData<string> Protocols => [TransportWs, LegacyWs];

    /// <summary>Messages that are not well-formed in the protocol: 4400.</summary>
    public static TheoryData<string, string> MalformedMessages => new()
    {
        { TransportWs, "{not json" },
        { TransportWs, "[1,2]" },
        { TransportWs, "{\"payload\":{}}" },
        { TransportWs, "{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ sectors { code } }\"}}" },
        { TransportWs, "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":42}}" },
        { TransportWs, "{\"type\":\"whatever\"}" },
        { TransportWs, "{\"type\":\"connection_init\",\"payload\":\"text\"}" },
        { TransportWs, "{\"type\":\"start\",\"id\":\"1\",\"payload\":{\"query\":\"{ sectors { code } }\"}}" },
        { LegacyWs, "{not json" },
        { LegacyWs, "\"connection_init\"" },
        { LegacyWs, "{\"type\":7}" },
        { LegacyWs, "{\"type\":\"start\",\"payload\":{\"query\":\"{ sectors { code } }\"}}" },
        { LegacyWs, "{\"type\":\"start\",\"id\":\"1\",\"payload\":{\"query\":\"{ sectors { code } }\",\"variables\":[1]}}" },
        { LegacyWs, "{\"type\":\"stop\"}" },
        { LegacyWs, "{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"{ sectors { code } }\"}}" },
        { LegacyWs, "{\"type\":\"connection_init\",\"payload\":[]}" },
    };

    /// <summary>Well-formed messages that only a server may send: 4500.</summary>
    public static TheoryData<string, string> ServerMessages => new()
    {
        { TransportWs, "{\"type\":\"next\",\"id\":\"1\",\"payload\":{}}" },
        { TransportWs, "{\"type\":\"connection_ack\"}" },
        { LegacyWs, "{\"type\":\"data\",\"id\":\"1\",\"payload\":{}}" },
        { LegacyWs, "{\"type\":\"ka\"}" },
    };

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task The_requested_subprotocol_is_chosen_and_init_is_acknowledged(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        Assert.Equal(protocol, client.Protocol);
        await client.InitAsync();
    }

    [Fact]
    public async Task The_first_requested_subprotocol_that_the_server_speaks_wins()
    {
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-sse");
        socket.Options.AddSubProtocol(LegacyWs);
        socket.Options.AddSubProtocol(TransportWs);
        await socket.ConnectAsync(new Uri(loopback.Address.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql"), CancellationToken.None);
        Assert.Equal(LegacyWs, socket.SubProtocol);
    }

    [Fact]
    public async Task Ping_gets_pong_with_its_payload()
    {
        await using var client = await ConnectAsync(TransportWs);
        await client.InitAsync();
        await client.SendAsync(new { type = "ping", payload = new { n = 7 } });
        var pong = await client.ReceiveAsync();
        Assert.Equal("pong", GraphQLWebSocketClient.Type(pong));
        Assert.Equal(7, pong["payload"]!["n"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(TransportWs, "next")]
    [InlineData(LegacyWs, "data")]
    public async Task A_query_answers_its_result_then_complete(string protocol, string resultType)
    {
        await using var client = await ConnectAsync(protocol);
        await client.InitAsync();
        await client.SubscribeAsync("q1", "{ sectors { code } }");
        var result = await client.ReceiveForAsync("q1");
        Assert.Equal(resultType, GraphQLWebSocketClient.Type(result));
        Assert.Equal(51, result["payload"]!["data"]!["sectors"]!.AsArray().Count);
        Assert.Equal("complete", GraphQLWebSocketClient.Type(await client.ReceiveForAsync("q1")));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task An_invalid_document_answers_error_with_the_validation_error(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        await client.InitAsync();
        await client.SubscribeAsync("bad", "{ noSuchField }");
        var error = await client.ReceiveForAsync("bad");
        Assert.Equal("error", GraphQLWebSocketClient.Type(error));
        Assert.Contains("noSuchField", FirstError(protocol, error)["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task An_anonymous_subscription_to_applications_is_refused_with_unauthenticated(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        await client.InitAsync();
        await client.SubscribeAsync("s", "subscription { applicationStatusChanged { cursor } }");
        var error = await client.ReceiveForAsync("s");
        Assert.Equal("error", GraphQLWebSocketClient.Type(error));
        Assert.Equal("UNAUTHENTICATED", FirstError(protocol, error)["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(MalformedMessages))]
    public async Task A_malformed_message_closes_with_4400(string protocol, string message)
    {
        await using var client = await ConnectAsync(protocol);
        await client.SendRawAsync(message);
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.False(string.IsNullOrEmpty(reason));
    }

    [Theory]
    [MemberData(nameof(ServerMessages))]
    public async Task A_message_only_a_server_may_send_closes_with_4500(string protocol, string message)
    {
        await using var client = await ConnectAsync(protocol);
        await client.InitAsync();
        await client.SendRawAsync(message);
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4500, code);
        Assert.StartsWith("Unexpected message of type", reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_message_over_the_size_limit_closes_with_1009(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        await client.InitAsync();
        await client.SendRawAsync("{\"type\":\"connection_init\",\"payload\":{\"x\":\"" + new string('a', 1_100_000) + "\"}}");
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(1009, code);
        Assert.StartsWith("Messages are limited to", reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task An_operation_before_the_acknowledgement_closes_with_4401(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        await client.SubscribeAsync("1", "{ sectors { code } }");
        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_second_init_closes_with_4429(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        await client.InitAsync();
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_bad_token_closes_with_4403(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer not-a-token" } });
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4403, code);
        Assert.StartsWith("Forbidden", reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task An_escaped_half_surrogate_closes_with_4400_as_a_malformed_message(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        await client.SendRawAsync("""{"type":"connection_init","payload":{"token":"\ud800"}}""");
        var (code, _) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_token_that_is_not_a_string_closes_with_4403_rather_than_going_anonymous(string protocol)
    {
        foreach (var token in new object[] { 5, true, new[] { "a" }, new { value = "x" } })
        {
            await using var client = await ConnectAsync(protocol);
            await client.SendAsync(new { type = "connection_init", payload = new { token } });
            var (code, reason) = await client.ReceiveCloseAsync();
            Assert.Equal(4403, code);
            Assert.StartsWith("Forbidden", reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("graphql-sse")]
    public async Task No_subprotocol_the_server_speaks_closes_with_4406(string? subprotocol)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(loopback.Address, subprotocol);
        Assert.Null(client.Protocol);
        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task No_init_within_the_timeout_closes_with_4408(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        var (code, reason) = await client.ReceiveCloseAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_second_operation_with_an_id_in_use_closes_with_4409(string protocol)
    {
        await using var client = await ConnectAsync(protocol);
        await client.InitAsync();
        var query = "subscription ($id: ID!) { offerSeatsChanged(offerId: $id) { remainingSeats } }";
        var scenario = new ApplicationScenario(loopback.Api);
        var offer = await scenario.OfferAsync((await scenario.EmployerAsync()).Employer);
        await client.SubscribeAsync("dup", query, new { id = ApplicationScenario.Id(offer) });
        await client.SubscribeAsync("dup", query, new { id = ApplicationScenario.Id(offer) });
        Assert.Equal((4409, "Subscriber for dup already exists"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_mutation_runs_over_the_socket_as_the_viewer_of_the_init_token(string protocol)
    {
        var scenario = new ApplicationScenario(loopback.Api);
        var offer = await scenario.OfferAsync((await scenario.EmployerAsync()).Employer);
        var pupil = await scenario.PupilAsync(await scenario.SchoolAsync());
        await using var client = await ConnectAsync(protocol);
        await client.InitAsync(await loopback.Api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine)));

        await client.SubscribeAsync("m", "mutation ($input: ApplyToOfferInput!) { applyToOffer(input: $input) { application { status pupil { lastName } } } }",
            new { input = new { offerId = ApplicationScenario.Id(offer), weeks = Weeks, motivation = "Par curiosité." } });
        var result = await client.ReceiveForAsync("m");
        var application = result["payload"]!["data"]!["applyToOffer"]!["application"]!;
        Assert.Equal("SUBMITTED", application["status"]!.GetValue<string>());
        Assert.Equal(pupil.LastName, application["pupil"]!["lastName"]!.GetValue<string>());
        Assert.Equal("complete", GraphQLWebSocketClient.Type(await client.ReceiveForAsync("m")));
    }

    /// <summary>The first GraphQL error of an <c>error</c> message: a list in graphql-transport-ws, one object in the legacy protocol.</summary>
    public static JsonNode FirstError(string protocol, JsonNode error) =>
        protocol == LegacyWs ? error["payload"]! : error["payload"]![0]!;

    private Task<GraphQLWebSocketClient> ConnectAsync(string protocol) => GraphQLWebSocketClient.ConnectAsync(loopback.Address, protocol);
}

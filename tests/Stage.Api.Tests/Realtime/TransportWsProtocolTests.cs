using Stage.Api.Identity.Development;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>The graphql-transport-ws handshake, messages and close codes, through the real pipeline.</summary>
public sealed class TransportWsProtocolTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Weeks = ["2026-W25"];

    [Fact]
    public async Task Init_is_acknowledged_and_ping_gets_pong_with_its_payload()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync();
        await client.SendAsync(new { type = "ping", payload = new { n = 7 } });
        var pong = await client.ReceiveAsync();
        Assert.Equal("pong", pong["type"]!.GetValue<string>());
        Assert.Equal(7, pong["payload"]!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_query_answers_next_then_complete()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync();
        await client.SubscribeAsync("q1", "{ sectors { code } }");
        var next = await client.ReceiveForAsync("q1");
        Assert.Equal("next", next["type"]!.GetValue<string>());
        Assert.Equal(51, next["payload"]!["data"]!["sectors"]!.AsArray().Count);
        Assert.Equal("complete", (await client.ReceiveForAsync("q1"))["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_document_answers_error_with_the_validation_errors()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync();
        await client.SubscribeAsync("bad", "{ noSuchField }");
        var error = await client.ReceiveForAsync("bad");
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.NotEmpty(error["payload"]!.AsArray());
        Assert.Contains("noSuchField", error["payload"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_subscription_to_applications_is_refused_with_unauthenticated()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync();
        await client.SubscribeAsync("s", "subscription { applicationStatusChanged { cursor } }");
        var error = await client.ReceiveForAsync("s");
        Assert.Equal("error", error["type"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", error["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{not json", 4400)]
    [InlineData("[1,2]", 4400)]
    [InlineData("{\"payload\":{}}", 4400)]
    [InlineData("{\"type\":\"subscribe\",\"payload\":{\"query\":\"{ sectors { code } }\"}}", 4400)]
    [InlineData("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":42}}", 4400)]
    [InlineData("{\"type\":\"whatever\"}", 4400)]
    [InlineData("{\"type\":\"connection_init\",\"payload\":\"text\"}", 4400)]
    [InlineData("{\"type\":\"next\",\"id\":\"1\",\"payload\":{}}", 4500)]
    public async Task A_message_that_breaks_the_protocol_closes_the_socket(string message, int expectedCode)
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        if (expectedCode == 4500)
        {
            await client.InitAsync();
        }

        await client.SendRawAsync(message);
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(expectedCode, code);
        Assert.False(string.IsNullOrEmpty(reason));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_with_1009()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync();
        await client.SendRawAsync("{\"type\":\"ping\",\"payload\":{\"x\":\"" + new string('a', 1_100_000) + "\"}}");
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(1009, code);
        Assert.StartsWith("Messages are limited to", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_before_ack_closes_with_4401()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.SubscribeAsync("1", "{ sectors { code } }");
        Assert.Equal(4401, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync();
        await client.SendAsync(new { type = "connection_init" });
        Assert.Equal(4429, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task A_bad_token_closes_with_4403()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer not-a-token" } });
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4403, code);
        Assert.StartsWith("Forbidden", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_subprotocol_closes_with_4406()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory, subprotocol: "graphql-ws");
        Assert.Equal(4406, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        var (code, reason) = await client.ReceiveCloseAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", reason);
    }

    [Fact]
    public async Task A_second_subscription_with_an_id_in_use_closes_with_4409()
    {
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync();
        var query = "subscription ($id: ID!) { offerSeatsChanged(offerId: $id) { remainingSeats } }";
        var scenario = new ApplicationScenario(api);
        var offer = await scenario.OfferAsync((await scenario.EmployerAsync()).Employer);
        await client.SubscribeAsync("dup", query, new { id = ApplicationScenario.Id(offer) });
        await client.SubscribeAsync("dup", query, new { id = ApplicationScenario.Id(offer) });
        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4409, code);
        Assert.Equal("Subscriber for dup already exists", reason);
    }

    [Fact]
    public async Task A_mutation_runs_over_the_socket_as_the_viewer_of_the_init_token()
    {
        var scenario = new ApplicationScenario(api);
        var offer = await scenario.OfferAsync((await scenario.EmployerAsync()).Employer);
        var pupil = await scenario.PupilAsync(await scenario.SchoolAsync());
        await using var client = await GraphQLWebSocketClient.ConnectAsync(api.Factory);
        await client.InitAsync(await api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine)));

        await client.SubscribeAsync("m", "mutation ($input: ApplyToOfferInput!) { applyToOffer(input: $input) { application { status pupil { lastName } } } }",
            new { input = new { offerId = ApplicationScenario.Id(offer), weeks = Weeks, motivation = "Par curiosité." } });
        var next = await client.ReceiveForAsync("m");
        Assert.Equal("next", next["type"]!.GetValue<string>());
        var application = next["payload"]!["data"]!["applyToOffer"]!["application"]!;
        Assert.Equal("SUBMITTED", application["status"]!.GetValue<string>());
        Assert.Equal(pupil.LastName, application["pupil"]!["lastName"]!.GetValue<string>());
        Assert.Equal("complete", (await client.ReceiveForAsync("m"))["type"]!.GetValue<string>());
    }
}

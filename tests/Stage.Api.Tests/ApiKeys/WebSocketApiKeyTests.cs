using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.ApiKeys;

/// <summary>
/// A browser cannot set <c>X-Api-Key</c> on a WebSocket, so its key comes in <c>connection_init</c> (<c>apiKey</c>),
/// under the rules of the header: the page's origin must be listed on the key, the key's territory scopes searches
/// and its rate limit is drawn on. Both subprotocols, over a real socket.
/// </summary>
public sealed class WebSocketApiKeyTests(LoopbackApi loopback) : IClassFixture<LoopbackApi>
{
    private const string Portal = "https://stages.portail.example";
    private const string OtherPortal = "https://autre.portail.example";
    private const string CountOffers = "{ offers(first: 1) { totalCount } }";

    public static TheoryData<string> Protocols => [GraphQLWebSocketClient.TransportWs, GraphQLWebSocketClient.LegacyWs];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_page_of_a_listed_origin_connects_with_its_key_and_searches_within_its_territory(string protocol)
    {
        await OfferInParisAsync();
        var key = await loopback.Api.CreateKeyAsync("--origins", Portal, "--departments", "2A");

        await using var page = await GraphQLWebSocketClient.ConnectAsync(loopback.Address, protocol, origin: Portal);
        await page.InitWithAsync(new { apiKey = key });
        await using var server = await GraphQLWebSocketClient.ConnectAsync(loopback.Address, protocol);
        await server.InitAsync();

        Assert.Equal(0, await TotalCountAsync(page));
        Assert.True(await TotalCountAsync(server) > 0);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_key_that_does_not_list_the_pages_origin_closes_with_4403(string protocol)
    {
        await loopback.Api.CreateKeyAsync("--origins", Portal);
        var otherKey = await loopback.Api.CreateKeyAsync("--origins", OtherPortal);

        await using var page = await GraphQLWebSocketClient.ConnectAsync(loopback.Address, protocol, origin: Portal);
        await page.SendAsync(new { type = "connection_init", payload = new { apiKey = otherKey } });

        var (code, reason) = await page.ReceiveCloseAsync();
        Assert.Equal(4403, code);
        Assert.StartsWith($"Forbidden: Browser requests from {Portal} need an API key", reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task A_keyless_page_of_an_origin_that_only_keys_list_closes_with_4403(string protocol)
    {
        await loopback.Api.CreateKeyAsync("--origins", Portal);

        await using var page = await GraphQLWebSocketClient.ConnectAsync(loopback.Address, protocol, origin: Portal);
        await page.SendAsync(new { type = "connection_init" });

        Assert.Equal(4403, (await page.ReceiveCloseAsync()).Code);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task An_unknown_or_revoked_key_closes_with_4403(string protocol)
    {
        var revoked = await loopback.Api.CreateKeyAsync();
        var id = (await loopback.Api.Store().ListAsync(CancellationToken.None)).Single(k => revoked.StartsWith("stage_" + k.Prefix, StringComparison.Ordinal)).Id;
        await loopback.Api.Store().RevokeAsync(id, CancellationToken.None);

        foreach (var key in new[] { revoked, "stage_not-a-key", "" })
        {
            await using var client = await GraphQLWebSocketClient.ConnectAsync(loopback.Address, protocol);
            await client.SendAsync(new { type = "connection_init", payload = new { apiKey = key } });
            var (code, reason) = await client.ReceiveCloseAsync();
            Assert.Equal(4403, code);
            Assert.Equal("Forbidden: the apiKey is not an active API key (unknown, malformed or revoked)", reason);
        }
    }

    [Fact]
    public async Task An_upgrade_from_an_origin_that_no_key_lists_is_refused_with_403()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(GraphQLWebSocketClient.TransportWs);
        socket.Options.SetRequestHeader("Origin", "https://nowhere.example");
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new Uri(loopback.Address.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql"), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Operations_draw_on_the_keys_own_rate_limit(string protocol)
    {
        var key = await loopback.Api.CreateKeyAsync("--origins", Portal, "--rate-limit", "3");
        await using var page = await GraphQLWebSocketClient.ConnectAsync(loopback.Address, protocol, origin: Portal);
        await page.InitWithAsync(new { apiKey = key }); // the connection itself costs the key one point

        for (var i = 0; i < 2; i++)
        {
            await page.SubscribeAsync($"q{i}", "{ __typename }");
            Assert.NotEqual("error", GraphQLWebSocketClient.Type(await page.ReceiveForAsync($"q{i}")));
        }

        await page.SubscribeAsync("q2", "{ __typename }");
        var refused = await page.ReceiveForAsync("q2");
        Assert.Equal("error", GraphQLWebSocketClient.Type(refused));
        Assert.Equal("RATE_LIMITED", WebSocketProtocolTests.FirstError(protocol, refused)["extensions"]!["code"]!.GetValue<string>());
    }

    private async Task OfferInParisAsync()
    {
        await using var db = loopback.Api.CreateDbContext();
        await db.AddOfferAsync(await db.AddEmployerAsync());
    }

    private static async Task<int> TotalCountAsync(GraphQLWebSocketClient client)
    {
        var id = Guid.NewGuid().ToString("N");
        await client.SubscribeAsync(id, CountOffers);
        JsonNode result = await client.ReceiveForAsync(id);
        return result["payload"]!["data"]!["offers"]!["totalCount"]!.GetValue<int>();
    }
}

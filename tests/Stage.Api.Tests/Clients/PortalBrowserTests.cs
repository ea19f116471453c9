using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Events;
using Stage.Api.Tests.ApiKeys;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.Clients;

/// <summary>
/// The cookbook's portal page, served on another origin than the API's, in headless Chromium: it searches with its
/// key in <c>X-Api-Key</c>, then follows an offer's seats over an <c>EventSource</c> (key in the URL) and a
/// <c>WebSocket</c> (key in <c>connection_init</c>), and both receive the change.
/// </summary>
public sealed class PortalBrowserTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task A_page_on_another_origin_searches_and_follows_seats_over_event_source_and_websocket_with_its_key()
    {
        var scenario = await RealtimeScenario.CreateAsync(api.Api, offer => offer.Seats = 2);
        var port = LoopbackServer.FreePort();
        var key = await api.Api.CreateKeyAsync("--origins", $"http://127.0.0.1:{port}");
        var example = Cookbook.Example("portal-browser");
        Assert.Contains(Cookbook.Example("portal-seats"), example, StringComparison.Ordinal);
        var script = example
            .Replace("'http://127.0.0.1:5000/graphql'", $"'{api.Address}/graphql'", StringComparison.Ordinal)
            .Replace("'stage_your_portal_key'", $"'{key}'", StringComparison.Ordinal);

        var page = NodeScript.RunInAsync("browser", "portal.mjs", TimeSpan.FromMinutes(2), port.ToString(System.Globalization.CultureInfo.InvariantCulture), script);
        await BothSubscribedAsync(page);
        await scenario.ChangeAsync("markApplicationRead");
        await scenario.ChangeAsync("acceptApplication");
        await scenario.ChangeAsync("confirmApplication");
        var output = JsonNode.Parse(await page)!;

        Assert.Empty(output["errors"]!.AsArray());
        var logs = output["logs"]!.AsArray().Select(l => l!).ToList();
        var search = logs.Single(l => l["search"] is not null)["search"]!;
        Assert.Equal(1, search["totalCount"]!.GetValue<int>());
        var offerId = search["nodes"]![0]!["id"]!.GetValue<string>();
        foreach (var transport in new[] { "eventSource", "webSocket" })
        {
            var change = logs.Single(l => l[transport] is JsonObject { } result && result["data"] is not null)[transport]!["data"]!["offerSeatsChanged"]!;
            Assert.Equal((offerId, 1, "PUBLISHED"), (change["offerId"]!.GetValue<string>(), change["remainingSeats"]!.GetValue<int>(), change["status"]!.GetValue<string>()));
        }
    }

    /// <summary>Waits until the page's two subscriptions run (Chromium may take a while to start), or the page gave up.</summary>
    private async Task BothSubscribedAsync(Task page)
    {
        var subscriptions = api.Services.GetRequiredService<ActiveSubscriptions>();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (subscriptions.Count < 2 && !page.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(subscriptions.Count >= 2 || page.IsCompleted, $"{subscriptions.Count} subscriptions after a minute");
    }
}

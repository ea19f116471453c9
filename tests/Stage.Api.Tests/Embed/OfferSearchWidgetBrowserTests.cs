using System.Text.Json;
using System.Text.Json.Nodes;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.ApiKeys;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.Embed;

/// <summary>
/// &lt;stage-offer-search&gt; on a portal page of another loopback origin, under a strict Content-Security-Policy, with a
/// key restricted to that origin and to the Rhône (tests/browser/widget.mjs drives Debian's chromium through
/// playwright-core). Every list of offers it shows is compared with a direct GraphQL request with the same key and
/// arguments; the seats follow a confirmation made through the API; axe-core audits the portal and the demo page.
/// </summary>
public sealed class OfferSearchWidgetBrowserTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    private const string Lyon = "69123";
    private const string Villeurbanne = "69266";

    [Fact]
    public async Task A_portal_page_searches_pages_goes_back_follows_seats_and_passes_the_audits_under_its_policy()
    {
        var offers = await RhoneOffersAsync();
        var live = await RealtimeScenario.CreateAsync(api.Api, offer => Place(offer, offers.Lyon, "69003", "Lyon", seats: 4));
        await live.ChangeAsync("markApplicationRead");
        await live.ChangeAsync("acceptApplication");
        var port = LoopbackServer.FreePort();
        var key = await api.Api.CreateKeyAsync("--departments", "69", "--origins", $"http://127.0.0.1:{port}");
        var foreignKey = await api.Api.CreateKeyAsync("--departments", "69", "--origins", "https://portail.example.fr");
        var marker = Path.Combine(Path.GetTempPath(), $"stage-widget-{Guid.NewGuid():N}");
        var liveOfferId = ApplicationScenario.Id(live.Offer);

        var run = NodeScript.RunInAsync("browser", "widget.mjs", TimeSpan.FromMinutes(6), JsonSerializer.Serialize(new
        {
            api = api.Address, port, key, foreignKey, liveOfferId, marker,
        }));
        await TakeASeatOnceFollowedAsync(run, marker, live);
        var output = JsonNode.Parse(await run)!;

        Assert.Null(output["failure"]);
        Assert.Empty(output["errors"]!.AsArray());
        var oracle = api.Api.WithKey(key);

        // Keyboard alone: keywords, the autocomplete's first commune chosen with the arrows, Enter.
        Assert.Equal("place-0", output["activeOption"]!.GetValue<string>());
        Assert.StartsWith("Villeurbanne (", output["keyboardPlace"]!.GetValue<string>(), StringComparison.Ordinal);
        var keyboard = await IdsAsync(oracle, 5, null, new { place = Villeurbanne, radiusKm = 30 }, "boulanger");
        Assert.NotEmpty(keyboard.Ids);
        Assert.Equal(keyboard.Ids, Ids(output["keyboard"]!["offerIds"]));

        // A place and a grade, then the next page appended.
        var seconde = new { grades = new { some = new { eq = "SECONDE" } } };
        var main = await IdsAsync(oracle, 5, seconde, new { place = Lyon, radiusKm = 30 });
        Assert.Equal(main.Ids, Ids(output["mainShown"]));
        Assert.Equal(main.Total, output["main"]!["totalCount"]!.GetValue<int>());
        Assert.Contains(liveOfferId, main.Ids);
        Assert.Equal((await IdsAsync(oracle, 10, seconde, new { place = Lyon, radiusKm = 30 })).Ids, Ids(output["afterMore"]));
        Assert.Equal(Ids(output["afterMore"])[5], output["afterMoreFocus"]!.GetValue<string>());
        var whole = await IdsAsync(oracle, 100, seconde, new { place = Lyon, radiusKm = 30 });
        Assert.DoesNotContain(whole.Ids, offers.Ain.Contains);
        var keyless = await IdsAsync(api.Api.GraphQL, 100, seconde, new { place = Lyon, radiusKm = 30 });
        Assert.All(offers.Ain, id => Assert.Contains(id, keyless.Ids)); // in the radius, outside the key's territory

        // Another search, then the back button restores the first one, in the form, the list and the URL.
        var bySector = await IdsAsync(oracle, 5, new { grades = new { some = new { eq = "SECONDE" } }, sectorCode = new { eq = "s31" } }, new { place = Lyon, radiusKm = 30 });
        Assert.Equal(4, bySector.Total);
        Assert.Equal(bySector.Ids, Ids(output["bySector"]!["offerIds"]));
        Assert.Contains("stage-secteur=s31", output["bySectorUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(main.Ids, Ids(output["backShown"]));
        Assert.Equal(("", "SECONDE"), (output["backForm"]!["sector"]!.GetValue<string>(), output["backForm"]!["grade"]!.GetValue<string>()));
        var backUrl = output["backUrl"]!.GetValue<string>();
        Assert.DoesNotContain("stage-secteur", backUrl, StringComparison.Ordinal);
        Assert.Contains("page=accueil", backUrl, StringComparison.Ordinal);

        // The confirmation took a seat: the widget showed it without a new search.
        Assert.Equal("4", output["seatsBefore"]!.GetValue<string>());
        Assert.Equal("3", output["seatsAfter"]!["remaining"]!.GetValue<string>());
        Assert.Equal("3 places restantes", output["seatsAfter"]!["text"]!.GetValue<string>());

        Assert.Empty(output["portalAxe"]!.AsArray());
        // The periods follow the API's calendar (the tests' day, 1 August 2025), not the browser's clock.
        var periods = output["periods"]!.AsArray();
        Assert.Equal("seconde", periods[1]!["value"]!.GetValue<string>());
        Assert.Contains("du 15 au 26 juin 2026", periods[1]!["label"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2025-W37", periods[2]!["value"]!.GetValue<string>());
        var narrow = output["narrow"]!;
        Assert.True(narrow["pageWidth"]!.GetValue<int>() <= 320, $"At 320 px the page scrolls sideways: {narrow.ToJsonString()}");
        Assert.Empty(narrow["overflowing"]!.AsArray());
        Assert.True(narrow["searchVisible"]!.GetValue<bool>());
        Assert.Empty(narrow["axe"]!.AsArray());
        Assert.Empty(output["demoAxe"]!.AsArray());
        Assert.Empty(output["violations"]!.AsArray());
        Assert.Empty(output["demoViolations"]!.AsArray());
        Assert.Empty(output["reports"]!.AsArray());
        Assert.Contains("n'est pas autorisé à utiliser cette clé", output["refused"]!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, output["refused"]!["form"]!.GetValue<int>());
        var portal = $"http://127.0.0.1:{port}/";
        Assert.All(output["requests"]!.AsArray().Select(r => r!.GetValue<string>()),
            r => Assert.True(r.StartsWith(portal, StringComparison.Ordinal) || r.StartsWith(api.Address + "/", StringComparison.Ordinal), r));
    }

    /// <summary>Waits until the page follows the seats (the script writes the marker), then confirms the application.</summary>
    private static async Task TakeASeatOnceFollowedAsync(Task page, string marker, RealtimeScenario live)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!File.Exists(marker) && !page.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        if (File.Exists(marker))
        {
            File.Delete(marker);
            var confirmed = await live.ChangeAsync("confirmApplication");
            Assert.Equal("CONFIRMED", confirmed["application"]!["status"]!.GetValue<string>());
        }
    }

    private sealed record Rhone((double Latitude, double Longitude) Lyon, string[] Ain);

    /// <summary>
    /// Around Lyon: 12 bakery offers for 2nde, 4 in computing (s31), 3 for 3e in Villeurbanne, and 2 in the Ain, within
    /// the radius but outside the key's territory.
    /// </summary>
    private async Task<Rhone> RhoneOffersAsync()
    {
        var point = (await api.Api.GraphQL.QueryAsync("query ($c: String!) { places(search: $c, first: 1) { point { latitude longitude } } }", new { c = Lyon }))["places"]![0]!["point"]!;
        var lyon = (point["latitude"]!.GetValue<double>(), point["longitude"]!.GetValue<double>());
        await using var db = api.Api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        for (var i = 1; i <= 12; i++)
        {
            await db.AddOfferAsync(employer, o => Place(o, (lyon.Item1 + (i * 0.01), lyon.Item2), "69003", "Lyon"));
        }

        for (var i = 1; i <= 4; i++)
        {
            await db.AddOfferAsync(employer, o =>
            {
                Place(o, (lyon.Item1 - (i * 0.012), lyon.Item2), "69007", "Lyon");
                o.Title = "Développeur web : une semaine dans une agence";
                o.SectorId = 31;
            });
        }

        for (var i = 1; i <= 3; i++)
        {
            await db.AddOfferAsync(employer, o =>
            {
                Place(o, (45.7719 + (i * 0.005), 4.8902), "69100", "Villeurbanne");
                o.Grades = [Grade.Troisieme];
                o.Weeks = [new DateOnly(2027, 1, 11)];
            });
        }

        var ain = new List<string>();
        for (var i = 1; i <= 2; i++)
        {
            ain.Add(ApplicationScenario.Id(await db.AddOfferAsync(employer, o => Place(o, (45.8256, 4.9539 + (i * 0.002)), "01700", "Miribel"))));
        }

        return new Rhone(lyon, [.. ain]);
    }

    private static void Place(Offer offer, (double Latitude, double Longitude) point, string postalCode, string city, int seats = 3)
    {
        (offer.Latitude, offer.Longitude, offer.PostalCode, offer.City, offer.Seats) = (point.Latitude, point.Longitude, postalCode, city, seats);
    }

    private static async Task<(List<string> Ids, int Total)> IdsAsync(GraphQLClient client, int first, object? where, object near, string? search = null)
    {
        var data = await client.QueryAsync(
            "query ($first: Int!, $where: OfferFilterInput, $near: NearInput, $search: String) { offers(first: $first, where: $where, near: $near, search: $search) { totalCount nodes { id } } }",
            new { first, where, near, search });
        return ([.. data["offers"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())], data["offers"]!["totalCount"]!.GetValue<int>());
    }

    private static List<string> Ids(JsonNode? ids) => [.. ids!.AsArray().Select(i => i!.GetValue<string>())];
}

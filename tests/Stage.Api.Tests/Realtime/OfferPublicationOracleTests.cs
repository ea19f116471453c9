using System.Text.Json.Nodes;
using Stage.Api.Identity.Development;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Offers;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// The oracle of <c>offersPublished</c>: subscribers with random filters (sectors, département, radius, words, grade, an
/// <c>or</c>), as anonymous callers, pupils of two schools and an administrator, listen while a few hundred offers with
/// random attributes are published (some reserved, some full, some unpublished then republished, some a few metres on
/// either side of a subscriber's radius). Each must receive exactly the offers that <c>offers(...)</c> with its arguments,
/// asked by the same caller, returns among them: no more, no less, once each.
/// </summary>
public sealed class OfferPublicationOracleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int RandomOffers = 300;
    private const int Subscribers = 16;

    private static readonly int[] SectorIds = [28, 31, 10, 43, 12];
    private static readonly (string PostalCode, string Department)[] PostalCodes =
        [("75011", "75"), ("69003", "69"), ("13001", "13"), ("33000", "33"), ("59000", "59")];
    private static readonly (double Latitude, double Longitude)[] Cities = [(48.8566, 2.3522), (45.764, 4.8357), (43.2965, 5.3698)];
    private static readonly string[] Words = ["boulangerie", "informatique", "jardinage", "menuiserie", "musique", "pharmacie"];

    private const string Search = """
        query ($where: OfferFilterInput, $near: NearInput, $search: String, $after: String) {
          offers(first: 100, after: $after, where: $where, near: $near, search: $search) { pageInfo { hasNextPage endCursor } nodes { id } }
        }
        """;

    [Fact]
    public async Task Each_subscriber_receives_exactly_the_published_offers_that_the_search_with_its_arguments_returns()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        await using var feed = OfferFeed.Start(api);
        var scenario = new ApplicationScenario(api);
        var (schoolA, schoolB) = (await scenario.SchoolAsync(), await scenario.SchoolAsync());
        var viewers = new (string Who, string? Token, Grade Grade)[]
        {
            ("anonymous", null, Grade.Seconde),
            ("pupil of A", await api.TokenForAsync(DevelopmentLogin.Pupil((await scenario.PupilAsync(schoolA)).Ine)), Grade.Seconde),
            ("pupil of B in 3e", await api.TokenForAsync(DevelopmentLogin.Pupil((await scenario.PupilAsync(schoolB, Grade.Troisieme)).Ine)), Grade.Troisieme),
            ("admin", await api.TokenForAsync(DevelopmentLogin.Admin("feed-oracle")), Grade.Seconde),
        };

        var filters = Enumerable.Range(0, Subscribers).Select(i => RandomFilter(random, i, viewers[i % viewers.Length].Grade)).ToList();
        var subscribers = new List<FeedSubscriber>();
        for (var i = 0; i < Subscribers; i++)
        {
            subscribers.Add(await feed.SubscribeAsync(viewers[i % viewers.Length].Token, filters[i].Variables));
        }

        // Offers at random, and for each radius a few just inside and just outside it (1 m), in concurrent transactions.
        var specs = Enumerable.Range(0, RandomOffers).Select(_ => RandomOffer(random, schoolA.Id)).ToList();
        foreach (var near in filters.Select(f => f.Near).OfType<(double Latitude, double Longitude, double RadiusKm)>())
        {
            foreach (var metres in new[] { -1.0, 1.0, -1.0, 1.0 })
            {
                var (latitude, longitude) = Sphere.Destination(near.Latitude, near.Longitude, random.Next(360), near.RadiusKm * 1000 + metres);
                var spec = RandomOffer(random, schoolA.Id);
                specs.Add(o => { spec(o); (o.Latitude, o.Longitude) = (latitude, longitude); });
            }
        }

        var published = (await Task.WhenAll(specs.Chunk(25).Select(chunk => feed.PublishAsync(chunk)))).SelectMany(o => o).ToList();
        foreach (var offer in published.Where(o => o.Status == OfferStatus.Unpublished).Take(15))
        {
            await feed.UpdateAsync(offer.Id, "status = 'published'");
        }

        // One offer per subscriber made to match its filter, published last: what came before it is all it will get.
        var sentinels = new List<Offer>();
        foreach (var filter in filters)
        {
            sentinels.Add(await feed.PublishAsync(filter.Sentinel));
        }

        var ids = published.Select(o => o.Id).ToHashSet();
        var delivered = 0;
        for (var i = 0; i < Subscribers; i++)
        {
            var (who, token, _) = viewers[i % viewers.Length];
            var events = await subscribers[i].UntilAsync(sentinels[i].Id);
            var received = events.Where(e => ids.Contains(e.OfferId)).ToList();
            var expected = await SearchAsync(token is null ? api.GraphQL : api.GraphQLWithToken(token), filters[i].Variables, ids);
            var context = $"seed {seed}, subscriber {i} ({who}, {filters[i].Variables.ToJsonString()})";
            Assert.True(received.All(e => e.Kind == "PUBLISHED"), $"{context}: {string.Join(", ", received.Select(e => e.Kind))}");
            Assert.True(received.Count == received.Select(e => e.OfferId).Distinct().Count(), $"{context}: duplicates");
            var missing = expected.Except(received.Select(e => e.OfferId)).ToList();
            var extra = received.Select(e => e.OfferId).Except(expected).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{context}: expected {expected.Count}, missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]");
            delivered += received.Count;
            await subscribers[i].DisposeAsync();
        }

        Assert.True(delivered > 0, $"seed {seed}: the draw delivered nothing to anyone");
    }

    /// <summary>The ids among <paramref name="among"/> that <c>offers(...)</c> returns with these arguments, every page.</summary>
    private static async Task<HashSet<long>> SearchAsync(GraphQLClient client, JsonObject variables, HashSet<long> among)
    {
        var found = new HashSet<long>();
        string? after = null;
        while (true)
        {
            var arguments = variables.DeepClone().AsObject();
            arguments["after"] = after;
            var page = (await client.QueryAsync(Search, arguments))["offers"]!;
            found.UnionWith(page["nodes"]!.AsArray().Select(n => GlobalId.Parse(n!["id"]!.GetValue<string>(), OfferType.TypeName)).Where(among.Contains));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return found;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }

    private static Action<Offer> RandomOffer(Random random, long reservedSchool)
    {
        var sector = SectorIds[random.Next(SectorIds.Length)];
        var (postalCode, _) = PostalCodes[random.Next(PostalCodes.Length)];
        var city = Cities[random.Next(Cities.Length)];
        var (latitude, longitude) = (city.Latitude + (random.NextDouble() - 0.5) * 1.6, city.Longitude + (random.NextDouble() - 0.5) * 1.6);
        var title = "Stage " + string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]));
        var college = random.Next(10) < 3;
        var status = random.Next(100) < 85 ? OfferStatus.Published : OfferStatus.Unpublished;
        var full = random.Next(100) < 8;
        var reserved = random.Next(100) < 15;
        return o =>
        {
            (o.SectorId, o.PostalCode, o.Latitude, o.Longitude, o.Title, o.Status) = (sector, postalCode, latitude, longitude, title, status);
            o.Grades = college ? [Grade.Troisieme] : [Grade.Seconde];
            o.SeatsTaken = full ? o.Seats : 0;
            o.ReservedSchoolIds = reserved ? [reservedSchool] : [];
        };
    }

    /// <summary>A filter drawn at random, its variables, and an offer that matches it.</summary>
    private static RandomFeedFilter RandomFilter(Random random, int index, Grade viewerGrade)
    {
        var where = new JsonObject();
        int[]? sectors = null;
        string? department = null;
        (double Latitude, double Longitude, double RadiusKm)? near = null;
        if (random.Next(2) == 0)
        {
            sectors = [.. SectorIds.OrderBy(_ => random.Next()).Take(random.Next(1, 3))];
            where["sectorCode"] = new JsonObject { ["in"] = new JsonArray([.. sectors.Select(s => JsonValue.Create($"s{s}"))]) };
        }

        if (random.Next(3) == 0)
        {
            department = PostalCodes[random.Next(PostalCodes.Length)].Department;
            where["departmentCode"] = new JsonObject { ["eq"] = department };
        }

        if (random.Next(3) == 0 && viewerGrade == Grade.Seconde)
        {
            where["grades"] = new JsonObject { ["some"] = new JsonObject { ["eq"] = "SECONDE" } };
        }

        if (index % 5 == 4)
        {
            where["or"] = new JsonArray(new JsonObject { ["sectorCode"] = new JsonObject { ["eq"] = "s28" } },
                new JsonObject { ["title"] = new JsonObject { ["contains"] = "musique" } });
        }

        var variables = new JsonObject { ["where"] = where };
        if (random.Next(2) == 0)
        {
            var city = Cities[random.Next(Cities.Length)];
            near = (city.Latitude + (random.NextDouble() - 0.5) * 0.4, city.Longitude + (random.NextDouble() - 0.5) * 0.4, random.Next(5, 61));
            variables["near"] = new JsonObject { ["latitude"] = near.Value.Latitude, ["longitude"] = near.Value.Longitude, ["radiusKm"] = near.Value.RadiusKm };
        }

        if (random.Next(2) == 0)
        {
            var word = Words[random.Next(Words.Length)];
            variables["search"] = random.Next(3) switch
            {
                0 => word,
                1 => word[..4],
                _ => Words[random.Next(Words.Length)] + " " + word[..5],
            };
        }

        return new RandomFeedFilter(variables, near, o =>
        {
            // Every word in the title satisfies any search drawn, and the `or` through "musique".
            o.Title = "Sentinelle " + string.Join(" ", Words);
            o.SectorId = sectors?[0] ?? 28;
            o.PostalCode = department is null ? "75011" : PostalCodes.Single(p => p.Department == department).PostalCode;
            (o.Latitude, o.Longitude) = near is { } centre ? (centre.Latitude, centre.Longitude) : (48.8566, 2.3522);
            o.Grades = [viewerGrade];
        });
    }

    private sealed record RandomFeedFilter(JsonObject Variables, (double Latitude, double Longitude, double RadiusKm)? Near, Action<Offer> Sentinel);
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.ApiKeys;
using Stage.Api.Offers;
using Stage.Api.Offers.Search.Memory;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// 240 offers over 8 employers: texts from the vocabulary (many ties of rank), several sectors, départements, grade sets,
/// a few reserved to a school, full, unpublished or past; points scattered around three cities, a fifth of them on one of
/// a few shared points (ties of distance), a few overseas; the index loaded before any test runs. Two servers on the same
/// database: one with the index in memory, one without.
/// </summary>
public sealed class OfferIndexData : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _withIndex;
    private WebApplicationFactory<Program>? _withoutIndex;

    public ApiFixture Api { get; } = new();

    /// <summary>
    /// The server with the index, as a caller with <paramref name="key"/> and <paramref name="token"/> if given; neither
    /// server limits the tests' rate.
    /// </summary>
    public GraphQLClient WithIndex(string? key = null, string? token = null) => Client(_withIndex!, key, token);

    public GraphQLClient WithoutIndex(string? key = null, string? token = null) => Client(_withoutIndex!, key, token);

    /// <summary>A third server with the index, on the same database, with a setting of its own; the caller disposes of it.</summary>
    public (WebApplicationFactory<Program> Server, GraphQLClient Client) ServerWith(string setting, string value)
    {
        var server = Api.Factory.WithWebHostBuilder(builder => Unlimited(builder).UseSetting(setting, value));
        return (server, Client(server, null, null));
    }

    /// <summary>The school some offers are reserved to.</summary>
    public long SchoolId { get; private set; }

    public OfferIndexSearch Index => _withIndex!.Services.GetRequiredService<OfferIndexSearch>();

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        var random = new Random(20261212);
        await using var db = Api.CreateDbContext();
        var school = await db.AddSchoolAsync();
        SchoolId = school.Id;
        string[] postalCodes = ["75011", "69003", "13001", "33000", "97110", "20000", "59000"];
        Grade[][] grades = [[Grade.Seconde], [Grade.Quatrieme, Grade.Troisieme], [Grade.Troisieme], [Grade.Quatrieme]];
        for (var e = 0; e < 8; e++)
        {
            var employer = await db.AddEmployerAsync(x => (x.Name, x.Description) = (Sentence(random, 2), Sentence(random, 4)));
            for (var i = 0; i < 30; i++)
            {
                var n = (e * 30) + i;
                var offer = await db.AddOfferAsync(employer, o =>
                {
                    (o.Title, o.Description) = (Sentence(random, 1 + random.Next(4)), Sentence(random, random.Next(12)));
                    o.SectorId = 1 + random.Next(6);
                    o.PostalCode = postalCodes[random.Next(postalCodes.Length)];
                    o.Grades = grades[random.Next(grades.Length)];
                    o.Weeks = o.Grades.Contains(Grade.Seconde) ? [TestData.SecondeWeek1] : [new DateOnly(2026, 1, 12), new DateOnly(2026, 3, 9)];
                    o.ReservedSchoolIds = n % 17 == 0 ? [school.Id] : [];
                    o.Status = n % 19 == 0 ? OfferStatus.Unpublished : OfferStatus.Published;
                    (o.Latitude, o.Longitude) = Point(random, n);
                });
                if (n % 13 == 0)
                {
                    await ExecuteAsync(Api, $"UPDATE offers SET seats_taken = seats WHERE id = {offer.Id}");
                }

                if (n % 23 == 0)
                {
                    await ExecuteAsync(Api, $"UPDATE offers SET weeks = ARRAY['2025-03-03'::date] WHERE id = {offer.Id}");
                }
            }
        }

        _withIndex = Api.Factory.WithWebHostBuilder(builder => Unlimited(builder));
        _withoutIndex = Api.Factory.WithWebHostBuilder(builder => Unlimited(builder).UseSetting("Stage:Search:InMemoryIndex", "false"));
        await WaitForIndexAsync(Index);
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in new[] { _withIndex, _withoutIndex })
        {
            if (factory is not null)
            {
                await factory.DisposeAsync();
            }
        }

        await Api.DisposeAsync();
    }

    private static GraphQLClient Client(WebApplicationFactory<Program> factory, string? key, string? token)
    {
        var http = factory.CreateClient();
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        }

        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return new GraphQLClient(http);
    }

    private static IWebHostBuilder Unlimited(IWebHostBuilder builder) => builder
        .UseSetting("Stage:RateLimits:AnonymousPointsPerMinute", "1000000000")
        .UseSetting("Stage:RateLimits:AccountPointsPerMinute", "1000000000");

    /// <summary>
    /// Filters the index applies itself (sector by any operator, grades, period, département, region, joined by AND), and
    /// no filter.
    /// </summary>
    public static readonly object?[] Filters =
    [
        null,
        new { sectorCode = new { eq = "s3" } },
        new { sectorCode = new { @in = new[] { "s1", "s2", "s5" } } },
        new { sectorCode = new { neq = "s4" }, grades = new { some = new { eq = "TROISIEME" } } },
        new { grades = new { some = new { @in = new[] { "QUATRIEME", "SECONDE" } } } },
        new { period = new { overlaps = new { from = "2026-06-15", to = "2026-06-19" } } },
        new { period = new { within = new { from = "2026-01-01", to = "2026-04-30" } } },
        new { departmentCode = new { eq = "75" } },
        new { regionCode = new { @in = new[] { "84", "93" } }, sectorCode = new { eq = "s2" } },
        new { and = new object[] { new { sectorCode = new { startsWith = "s" } }, new { grades = new { some = new { eq = "SECONDE" } } } } },
    ];

    /// <summary>City centres the offers are scattered around (Paris, Lyon, Marseille), which the radius tests search from.</summary>
    public static readonly (double Latitude, double Longitude)[] Cities = [(48.8566, 2.3522), (45.764, 4.8357), (43.2965, 5.3698)];

    /// <summary>Points several offers share exactly: a city's centre, and two more.</summary>
    public static readonly (double Latitude, double Longitude)[] SharedPoints = [(48.8566, 2.3522), (48.87, 2.41), (45.75, 4.85)];

    private static (double, double) Point(Random random, int n)
    {
        if (n % 5 == 0)
        {
            return SharedPoints[random.Next(SharedPoints.Length)];
        }

        if (n % 29 == 0)
        {
            return (16.2411, -61.5331);
        }

        var (latitude, longitude) = Cities[random.Next(Cities.Length)];
        return (latitude + ((random.NextDouble() - 0.5) * 0.4), longitude + ((random.NextDouble() - 0.5) * 0.6));
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    /// <summary>
    /// Runs <paramref name="query"/> on the server with the index (with <paramref name="withIndex"/>) and on the one without
    /// (with <paramref name="withoutIndex"/>, which may hold that server's own cursor), as a caller with the key and token
    /// given; asserts that the index answered and that both <c>offers</c> agree, cursors' signatures aside.
    /// </summary>
    public async Task<(JsonNode FromIndex, JsonNode FromSql)> AssertSameAsync(
        string query, object withIndex, object withoutIndex, string what, string? key = null, string? token = null)
    {
        var answeredBefore = Index.Answered;
        var fromIndex = (await WithIndex(key, token).QueryAsync(query, withIndex))["offers"]!;
        Assert.True(Index.Answered > answeredBefore, $"{what} was not answered by the index");
        var fromSql = (await WithoutIndex(key, token).QueryAsync(query, withoutIndex))["offers"]!;
        Assert.True(
            JsonNode.DeepEquals(WithoutSignatures(fromSql), WithoutSignatures(fromIndex)),
            $"{what}:\nSQL   {fromSql.ToJsonString()}\nindex {fromIndex.ToJsonString()}");
        return (fromIndex, fromSql);
    }

    /// <summary>
    /// The answer with each cursor reduced to what it points at: the two servers sign cursors with keys of their own, so
    /// only the signature (the first 16 bytes) may differ.
    /// </summary>
    private static JsonNode WithoutSignatures(JsonNode offers)
    {
        var copy = offers.DeepClone();
        foreach (var edge in copy["edges"]?.AsArray() ?? [])
        {
            edge!["cursor"] = Payload(edge["cursor"]!.GetValue<string>());
        }

        if (copy["pageInfo"]?["endCursor"] is { } end)
        {
            copy["pageInfo"]!["endCursor"] = Payload(end.GetValue<string>());
        }

        return copy;
    }

    private static string Payload(string cursor) =>
        Convert.ToHexString(Convert.FromBase64String(cursor.Replace('-', '+').Replace('_', '/').PadRight((cursor.Length + 3) / 4 * 4, '='))[16..]);

    internal static Task ExecuteAsync(ApiFixture api, string sql) => PostgresServer.ExecuteAsync(api.Database.ConnectionString, sql);

    /// <summary>Words that share beginnings and stems, with accents, and French stop words inside.</summary>
    internal static readonly string[] Vocabulary =
    [
        "informatique", "information", "informaticien", "boulangerie", "boulanger", "boule", "pâtisserie", "pâtissier",
        "électricité", "électronique", "élevage", "jardin", "jardinage", "jardinier", "menuiserie", "menuisier", "mécanique",
        "médecine", "cinéma", "cuisine", "cuisinier", "décoration", "le", "de", "ma", "Maison",
    ];

    internal static async Task WaitForIndexAsync(OfferIndexSearch index)
    {
        for (var i = 0; i < 300 && !index.Ready; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(index.Ready, "the search index did not load within 30 s");
    }
}

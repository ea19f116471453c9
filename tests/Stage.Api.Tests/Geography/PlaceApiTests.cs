using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Geography;

/// <summary>Places through the API: the autocomplete, its bounds, searches around a place, académies in filters and facets.</summary>
public sealed class PlaceApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Around = """
        query ($near: NearInput!) { offers(near: $near, first: 50) { nodes { title distanceKm } } }
        """;

    [Fact]
    public async Task Places_answers_communes_with_their_territories_and_point()
    {
        var data = await api.GraphQL.QueryAsync("""
            { places(search: "st etienne", first: 3) {
                kind code name postalCodes population pointPrecision
                department { code name academy { code name } } region { code name } academy { code name }
                point { latitude longitude } } }
            """);
        var first = data["places"]![0]!;
        Assert.Equal("COMMUNE", first["kind"]!.GetValue<string>());
        Assert.Equal("42218", first["code"]!.GetValue<string>());
        Assert.Equal("Saint-Étienne", first["name"]!.GetValue<string>());
        Assert.Contains("42000", first["postalCodes"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("Loire", first["department"]!["name"]!.GetValue<string>());
        Assert.Equal("84", first["region"]!["code"]!.GetValue<string>());
        Assert.Equal("Lyon", first["academy"]!["name"]!.GetValue<string>());
        Assert.Equal("PLACE", first["pointPrecision"]!.GetValue<string>());
        Assert.InRange(first["point"]!["latitude"]!.GetValue<double>(), 45.3, 45.5);
    }

    [Theory]
    [InlineData("first: 0", "INVALID_PAGE_SIZE")]
    [InlineData("first: 51", "INVALID_PAGE_SIZE")]
    [InlineData("first: 5, search: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", "SEARCH_TOO_LONG")]
    public async Task Places_refuses_unbounded_requests(string arguments, string code)
    {
        var query = arguments.Contains("search", StringComparison.Ordinal) ? $"{{ places({arguments}) {{ code }} }}" : $"{{ places(search: \"lyon\", {arguments}) {{ code }} }}";
        var response = await api.GraphQL.PostAsync(query);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data?["places"]);
    }

    [Fact]
    public async Task A_search_around_a_commune_or_its_postal_code_equals_the_search_around_its_point()
    {
        await SeedAroundSaintEtienneAsync();
        var point = await OffersAsync(new JsonObject { ["latitude"] = 45.43389, ["longitude"] = 4.39, ["radiusKm"] = 30 });
        Assert.Equal(3, point.Count);
        Assert.Equal(point, await OffersAsync(new JsonObject { ["place"] = "42218", ["radiusKm"] = 30 }));
        Assert.Equal(point, await OffersAsync(new JsonObject { ["postalCode"] = "42000", ["radiusKm"] = 30 }));

        var id = (await api.GraphQL.QueryAsync("""{ places(search: "42218", first: 1) { id } }"""))["places"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(point, await OffersAsync(new JsonObject { ["place"] = id, ["radiusKm"] = 30 }));
    }

    [Theory]
    [InlineData("""{"place": "42218", "latitude": 45.4, "longitude": 4.4}""", "INVALID_NEAR")]
    [InlineData("""{"place": "42218", "postalCode": "42000"}""", "INVALID_NEAR")]
    [InlineData("""{"latitude": 45.4}""", "INVALID_NEAR")]
    [InlineData("""{"radiusKm": 10}""", "INVALID_NEAR")]
    [InlineData("""{"place": "99999"}""", "INVALID_PLACE")]
    [InlineData("""{"place": "UGxhY2U6cGxhbmV0OmVhcnRo"}""", "INVALID_PLACE")]
    [InlineData("""{"postalCode": "00000"}""", "INVALID_PLACE")]
    public async Task Near_takes_exactly_one_known_centre(string near, string code)
    {
        var response = await api.GraphQL.PostAsync(Around, new { near = JsonNode.Parse(near) });
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data?["offers"]);
    }

    [Fact]
    public async Task Offers_filter_and_count_by_academie()
    {
        await SeedAroundSaintEtienneAsync();
        var data = await api.GraphQL.QueryAsync("""
            { lyon: offers(where: {academyCode: {eq: "10"}}) { totalCount }
              other: offers(where: {academyCode: {in: ["01", "70"]}}) { totalCount }
              all: offers { facets { academies { academy { code name } count } } } }
            """);
        Assert.Equal(3, data["lyon"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, data["other"]!["totalCount"]!.GetValue<int>());
        var academies = data["all"]!["facets"]!["academies"]!.AsArray();
        Assert.Equal("10", academies[0]!["academy"]!["code"]!.GetValue<string>());
        Assert.Equal(3, academies[0]!["count"]!.GetValue<int>());
        Assert.Contains(academies, a => a!["academy"]!["name"]!.GetValue<string>() == "Paris" && a["count"]!.GetValue<int>() == 1);
    }

    private async Task<List<string>> OffersAsync(JsonObject near)
    {
        var data = await api.GraphQL.QueryAsync(Around, new { near });
        return [.. data["offers"]!["nodes"]!.AsArray().Select(n => $"{n!["title"]} {n["distanceKm"]!.GetValue<double>():F6}")];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ApiFixture, Lazy<Task>> Seeded = new();

    private Task SeedAroundSaintEtienneAsync() => Seeded.GetValue(api, fixture => new Lazy<Task>(async () =>
    {
        await using var db = fixture.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        foreach (var (title, postalCode, city, latitude, longitude) in new[]
        {
            ("Saint-Étienne centre", "42000", "Saint-Étienne", 45.4397, 4.3872),
            ("Firminy", "42700", "Firminy", 45.3886, 4.2878),
            ("Saint-Chamond", "42400", "Saint-Chamond", 45.4756, 4.5136),
            ("Paris", "75011", "Paris", 48.8566, 2.3522),
        })
        {
            await db.AddOfferAsync(employer, o => (o.Title, o.PostalCode, o.City, o.Latitude, o.Longitude) = (title, postalCode, city, latitude, longitude));
        }
    })).Value;
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Offers;

namespace Stage.Api.Tests.ApiKeys;

/// <summary>
/// A key scoped to Auvergne-Rhône-Alpes (84) and Corse-du-Sud (2A) sees only offers there in its pages,
/// counts and facets, whatever the query asks; keyless and unscoped callers see everything.
/// </summary>
public sealed class TerritoryScopeTests(ApiFixture api) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private const string Search = """
        query($where: OfferFilterInput, $near: NearInput) {
          offers(first: 50, where: $where, near: $near, order: [{title: ASC}]) {
            totalCount
            nodes { title }
            facets { departments { code count } }
          }
        }
        """;

    public async Task InitializeAsync()
    {
        await using var db = api.CreateDbContext();
        if (await db.Offers.AnyAsync())
        {
            return; // added by an earlier test of the class
        }

        var employer = await db.AddEmployerAsync();
        foreach (var (title, place) in new[]
                 {
                     ("Paris", RadiusOracleData.Paris), ("Lyon", RadiusOracleData.Lyon),
                     ("Ajaccio", RadiusOracleData.Ajaccio), ("Bruxelles", RadiusOracleData.Brussels),
                 })
        {
            await db.AddOfferAsync(employer, o => (o.Title, o.PostalCode, o.City, o.CountryCode, o.Latitude, o.Longitude) =
                (title, place.PostalCode, place.City, place.CountryCode, place.Latitude, place.Longitude));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_scoped_key_sees_only_its_territory_in_pages_counts_and_facets()
    {
        var key = await api.CreateKeyAsync("--regions", "84", "--departments", "2A");

        var offers = await SearchAsync(api.WithKey(key), null);

        Assert.Equal(["Ajaccio", "Lyon"], Titles(offers));
        Assert.Equal(2, offers["totalCount"]!.GetValue<int>());
        Assert.Equal(["2A:1", "69:1"], Departments(offers));
    }

    [Fact]
    public async Task An_academie_key_sees_the_offers_of_its_departements()
    {
        var lyon = await SearchAsync(api.WithKey(await api.CreateKeyAsync("--academies", "10")), null);
        var corseAndLyon = await SearchAsync(api.WithKey(await api.CreateKeyAsync("--academies", "27", "--departments", "69")), null);

        Assert.Equal(["Lyon"], Titles(lyon));
        Assert.Equal(["Ajaccio", "Lyon"], Titles(corseAndLyon));
    }

    [Fact]
    public async Task A_scoped_key_cannot_widen_its_territory_by_filter_or_radius()
    {
        var key = await api.CreateKeyAsync("--departments", "2A");
        var client = api.WithKey(key);

        var paris = await SearchAsync(client, new { departmentCode = new { eq = "75" } });
        var near = await SearchAsync(client, null, new { latitude = 48.8566, longitude = 2.3522, radiusKm = 60 });
        var or = await SearchAsync(client, new { or = new object[] { new { departmentCode = new { eq = "75" } }, new { departmentCode = new { eq = "2A" } } } });

        Assert.Empty(Titles(paris));
        Assert.Equal(0, paris["totalCount"]!.GetValue<int>());
        Assert.Empty(Titles(near));
        Assert.Equal(["Ajaccio"], Titles(or));
    }

    [Fact]
    public async Task A_key_sent_as_the_apikey_query_parameter_is_scoped_alike()
    {
        var key = await api.CreateKeyAsync("--departments", "2A");
        var query = Uri.EscapeDataString("{ offers(first: 50, order: [{title: ASC}]) { totalCount nodes { title } } }");

        using var response = await api.Factory.CreateClient().GetAsync($"/graphql?query={query}&apiKey={Uri.EscapeDataString(key)}");
        var offers = (await GraphQLResponse.ReadAsync(response)).Data!["offers"]!;

        Assert.Equal(["Ajaccio"], Titles(offers));
        Assert.Equal(1, offers["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Keyless_and_unscoped_callers_see_every_offer()
    {
        var unscoped = await api.CreateKeyAsync();

        Assert.Equal(["Ajaccio", "Bruxelles", "Lyon", "Paris"], Titles(await SearchAsync(api.GraphQL, null)));
        Assert.Equal(["Ajaccio", "Bruxelles", "Lyon", "Paris"], Titles(await SearchAsync(api.WithKey(unscoped), null)));
    }

    private static async Task<JsonNode> SearchAsync(GraphQLClient client, object? where, object? near = null) =>
        (await client.QueryAsync(Search, new { where, near }))["offers"]!;

    private static string[] Titles(JsonNode offers) =>
        [.. offers["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>())];

    private static string[] Departments(JsonNode offers) =>
        [.. offers["facets"]!["departments"]!.AsArray().Select(d => $"{d!["code"]}:{d["count"]}").Order(StringComparer.Ordinal)];
}

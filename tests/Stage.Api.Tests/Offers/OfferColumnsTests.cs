using System.Text.Json.Nodes;
using Stage.Api.Offers;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// The SQL of <c>offer(id)</c> and of a search page reads the columns the selection asks for and no others, joins the
/// employers only when an employer's column is asked for, never reads the search vector and computes the distance once;
/// the answers carry the database's values.
/// </summary>
public sealed class OfferColumnsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Offer_by_id_reads_the_selected_columns_in_one_statement()
    {
        var (employer, offer) = await OfferAsync(43.6);
        var cases = new (string Selection, string[] Columns)[]
        {
            ("id title employer { name } address { city }", ["o.id", "o.employer_id", "o.title", "o.city", "e.name"]),
            ("id title", ["o.id", "o.title"]),
            ("...F", ["o.id", "o.seats", "o.latitude", "o.longitude", "o.department_code"]),
            ("employer { id } address { ... on Address { academy { code } } } __typename", ["o.id", "o.employer_id", "o.department_code"]),
        };

        // The SQL path: the search index in memory (OfferIndexByIdTests) answers the selections it holds otherwise.
        await using var sqlOnly = api.Factory.WithWebHostBuilder(builder => builder.UseSetting("Stage:Search:InMemoryIndex", "false"));
        var client = new GraphQLClient(sqlOnly.CreateClient());
        foreach (var (selection, columns) in cases)
        {
            using var counter = new SqlCommandCounter(api.Database.Name);
            var answer = await client.QueryAsync(
                $"query ($id: ID!) {{ offer(id: $id) {{ {selection} }} }}" + FragmentFor(selection), new { id = ApplicationScenario.Id(offer) });

            var statement = Assert.Single(counter.Statements);
            Assert.Equal(columns.Order(), SelectList(statement).Order());
            Assert.Equal(columns.Any(c => c.StartsWith("e.", StringComparison.Ordinal)), statement.Contains("JOIN employers", StringComparison.Ordinal));
            Assert.DoesNotContain("search_vector", statement, StringComparison.Ordinal);
            AssertValues(answer["offer"]!, offer, employer);
        }
    }

    [Fact]
    public async Task A_search_page_reads_the_selected_columns_of_its_rows_and_the_distance_once()
    {
        var (employer, offer) = await OfferAsync(44.6);
        var near = new { latitude = offer.Latitude, longitude = offer.Longitude, radiusKm = 1 };
        var cases = new (string Selection, string[] Columns)[]
        {
            ("nodes { id title distanceKm employer { name } address { city } }", ["o.id", "o.employer_id", "o.title", "o.city", "e.name", "p.k0"]),
            ("edges { cursor node { ...F } }", ["o.id", "o.seats", "o.latitude", "o.longitude", "o.department_code", "p.k0"]),
            ("nodes { id }", ["p.id", "p.k0"]),
        };

        // The SQL path: the search index in memory (OfferRadiusIndexTests) would answer this radius search otherwise.
        await using var sqlOnly = api.Factory.WithWebHostBuilder(builder => builder.UseSetting("Stage:Search:InMemoryIndex", "false"));
        var client = new GraphQLClient(sqlOnly.CreateClient());
        foreach (var (selection, columns) in cases)
        {
            using var counter = new SqlCommandCounter(api.Database.Name);
            var answer = await client.QueryAsync(
                $"query ($near: NearInput!) {{ offers(first: 5, near: $near) {{ {selection} }} }}" + FragmentFor(selection), new { near });

            var statement = Assert.Single(counter.Statements);
            Assert.Equal(columns.Order(), SelectList(statement).Order());
            Assert.Equal(columns.Any(c => c.StartsWith("e.", StringComparison.Ordinal)), statement.Contains("JOIN employers", StringComparison.Ordinal));
            Assert.Equal(columns.Any(c => c.StartsWith("o.", StringComparison.Ordinal)), statement.Contains("JOIN offers", StringComparison.Ordinal));
            Assert.DoesNotContain("search_vector", statement, StringComparison.Ordinal);
            Assert.Equal(1, Occurrences(InnerSelectList(statement), "<->"));

            var node = answer["offers"]!["nodes"]?[0] ?? answer["offers"]!["edges"]![0]!["node"]!;
            AssertValues(node, offer, employer);
            if (node["distanceKm"] is { } distance)
            {
                Assert.Equal(0, distance.GetValue<double>(), 3);
            }
        }
    }

    /// <summary>One published offer at its own employer, at a latitude of its own (tens of kilometres from the other test's).</summary>
    private async Task<(Employer Employer, Offer Offer)> OfferAsync(double latitude)
    {
        var scenario = new ApplicationScenario(api);
        var (employer, _) = await scenario.EmployerAsync();
        var offer = await scenario.OfferAsync(employer, o => (o.Title, o.Seats, o.Latitude, o.Longitude) = ("Colonnes", 7, latitude, 1.44));
        return (employer, offer);
    }

    private static string FragmentFor(string selection) =>
        selection.Contains("...F", StringComparison.Ordinal) ? " fragment F on Offer { seats location { latitude } address { departmentCode } distanceKm }" : "";

    /// <summary>Whatever the selection asked for carries the database's value.</summary>
    private static void AssertValues(JsonNode node, Offer offer, Employer employer)
    {
        Assert.Equal(offer.Title, node["title"]?.GetValue<string>() ?? offer.Title);
        Assert.Equal(offer.Seats, node["seats"]?.GetValue<int>() ?? offer.Seats);
        Assert.Equal(offer.City, node["address"]?["city"]?.GetValue<string>() ?? offer.City);
        Assert.Equal(offer.DepartmentCode, node["address"]?["departmentCode"]?.GetValue<string>() ?? offer.DepartmentCode);
        Assert.Equal(offer.Latitude, node["location"]?["latitude"]?.GetValue<double>() ?? offer.Latitude, 6);
        Assert.Equal(employer.Name, node["employer"]?["name"]?.GetValue<string>() ?? employer.Name);
    }

    /// <summary>The columns of a statement's outermost select list.</summary>
    private static string[] SelectList(string sql) =>
        sql["SELECT ".Length..sql.IndexOf(" FROM ", StringComparison.Ordinal)].Split(", ");

    private static string InnerSelectList(string sql)
    {
        var inner = sql[(sql.IndexOf("(SELECT ", StringComparison.Ordinal) + 1)..];
        return inner[..inner.IndexOf(" FROM ", StringComparison.Ordinal)];
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

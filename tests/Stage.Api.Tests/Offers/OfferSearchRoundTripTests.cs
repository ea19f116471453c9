using Microsoft.EntityFrameworkCore;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>No N+1: a page costs the same number of SQL commands whatever its size.</summary>
public sealed class OfferSearchRoundTripTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string FullQuery = """
        query ($first: Int!, $near: NearInput) {
          offers(first: $first, near: $near) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id title distanceKm sector { name } employer { id name kind } address { city } } }
            nodes { id employer { name } }
            facets { sectors { sector { code } count } departments { code name count } grades { grade count } }
          }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_page_costs_one_command_plus_one_for_count_and_facets_together_whatever_its_size(bool near)
    {
        await SeedAsync();
        var centre = near ? new { latitude = 48.8566, longitude = 2.3522, radiusKm = 50.0 } : null;

        // Warm-up: each data source reads the server's types once, on its first connection.
        await CountCommandsAsync(FullQuery, new { first = 1, near = centre });
        var small = await CountCommandsAsync(FullQuery, new { first = 3, near = centre });
        var large = await CountCommandsAsync(FullQuery, new { first = 60, near = centre });

        Assert.True(small.Count == 2, Describe(small));
        Assert.True(large.Count == 2, Describe(large));
    }

    [Fact]
    public async Task The_total_is_the_same_with_or_without_facets()
    {
        await SeedAsync();
        const string Where = "where: { sectorCode: { in: [\"s1\", \"s2\", \"s3\", \"s4\", \"s5\", \"s6\"] } }";
        var alone = await api.GraphQL.QueryAsync($"{{ offers({Where}) {{ totalCount }} }}");
        var together = await api.GraphQL.QueryAsync($"{{ offers({Where}) {{ totalCount facets {{ sectors {{ count }} }} }} }}");

        var total = alone["offers"]!["totalCount"]!.GetValue<int>();
        Assert.InRange(total, 1, 71);
        Assert.Equal(total, together["offers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(total, together["offers"]!["facets"]!["sectors"]!.AsArray().Sum(f => f!["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_count_and_a_page_from_memory_read_the_change_log_alone()
    {
        await SeedAsync();
        // Warm-up, which also lets the search index in memory apply the seeded offers.
        await CountCommandsAsync("{ offers(first: 1) { totalCount nodes { id } } }", null);
        var statements = await CountCommandsAsync("{ offers(first: 5) { totalCount nodes { id } } }", null);
        // The search index in memory counts, and shows the page: each waits for a read of the change log (the same one when they
        // wait at the same time), and nothing is counted in SQL.
        Assert.InRange(statements.Count, 1, 2);
        Assert.All(statements, s => Assert.Contains("offer_search_changes", s, StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("count(*)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Count_and_facets_are_computed_only_when_selected()
    {
        await SeedAsync();
        await CountCommandsAsync("{ offers(first: 1) { nodes { id } } }", null);
        var statements = await CountCommandsAsync("{ offers(first: 50) { nodes { id employer { name } } } }", null);
        var only = Assert.Single(statements);
        Assert.DoesNotContain("count(*)", only, StringComparison.OrdinalIgnoreCase);
    }

    private static string Describe(IReadOnlyCollection<string> statements) =>
        $"{statements.Count} commands:\n" + string.Join("\n", statements.Select(s => s[..Math.Min(s.Length, 100)]));

    private async Task<IReadOnlyCollection<string>> CountCommandsAsync(string query, object? variables)
    {
        using var counter = new SqlCommandCounter(api.Database.Name);
        var data = await api.GraphQL.QueryAsync(query, variables);
        Assert.NotNull(data["offers"]);
        return counter.Statements.ToList();
    }

    /// <summary>72 offers at distinct places (equidistant offers would legitimately cost a second read).</summary>
    private async Task SeedAsync()
    {
        await using var db = api.CreateDbContext();
        if (await db.Offers.AnyAsync())
        {
            return;
        }

        for (var e = 0; e < 12; e++)
        {
            var employer = await db.AddEmployerAsync(x => x.Name = $"Employeur {e}");
            for (var i = 0; i < 6; i++)
            {
                await db.AddOfferAsync(employer, o =>
                {
                    o.Latitude = 48.85 + (e * 0.01);
                    o.Longitude = 2.35 + (i * 0.01);
                    o.SectorId = 1 + ((e + i) % 51);
                });
            }
        }
    }
}

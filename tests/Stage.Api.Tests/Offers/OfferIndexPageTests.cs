using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Identity.Development;
using Stage.Api.Kit.Requests;
using Stage.Api.Offers.Search.Memory;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Identity;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// Pages without words from the index in memory against PostgreSQL on the same database: radius searches (the same offers
/// in the same order, the same <c>distanceKm</c> to the last bit) and pages by start date, with the same cursors and next
/// pages, for many centres, radii and filters, for signed-in callers, and after the writes that move an offer, change its
/// sector, dates, title, city or employer's name or take it out; pages of the fields the index holds are shown from memory,
/// field for field as PostgreSQL gives them, and totals and facets are counted as PostgreSQL counts them. Each answer is checked to come from the index, and searches the index leaves to SQL
/// are checked not to.
/// </summary>
public sealed class OfferIndexPageTests(OfferIndexData data) : IClassFixture<OfferIndexData>
{
    private const string Nearest = """
        query ($near: NearInput, $where: OfferFilterInput, $first: Int, $after: String, $viewer: OfferViewerInput, $past: Boolean!, $order: [OfferSortInput!]) {
          offers(near: $near, where: $where, first: $first, after: $after, viewer: $viewer, includePast: $past, order: $order) {
            edges { cursor node { id title distanceKm weeks } } pageInfo { hasNextPage hasPreviousPage endCursor } } }
        """;

    /// <summary>Every field the index holds (<c>OfferColumns.HeldInMemory</c>): pages shown from memory, no row read.</summary>
    private const string Shown = """
        query ($near: NearInput, $where: OfferFilterInput, $first: Int, $after: String, $viewer: OfferViewerInput, $past: Boolean!, $order: [OfferSortInput!]) {
          offers(near: $near, where: $where, first: $first, after: $after, viewer: $viewer, includePast: $past, order: $order) {
            edges { cursor node {
              id title distanceKm sector { code name } grades firstDate lastDate remainingSeats status location { latitude longitude }
              address { city postalCode academy { code } } employer { id name } } }
            pageInfo { hasNextPage hasPreviousPage endCursor } } }
        """;

    private readonly ApiFixture _api = data.Api;

    [Fact]
    public async Task Every_centre_radius_and_filter_gets_the_page_PostgreSQL_gives()
    {
        var centres = OfferIndexData.Cities.Concat(OfferIndexData.SharedPoints).Append((48.80, 2.30)).Append((16.25, -61.55)).Distinct();
        int searches = 0, found = 0, full = 0;
        foreach (var (latitude, longitude) in centres)
        {
            foreach (var radiusKm in new[] { 0.5, 3, 10, 25, 60, 200 })
            {
                foreach (var where in OfferIndexData.Filters)
                {
                    foreach (var past in new[] { false, true })
                    {
                        var offers = await AssertSameAsync(new { latitude, longitude, radiusKm }, where, first: 20, past: past);
                        searches++;
                        found += Count(offers) > 0 ? 1 : 0;
                        full += offers["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? 1 : 0;
                    }
                }
            }

            await AssertSameAsync(new { latitude, longitude, radiusKm = 60 }, null, first: 1, past: true);
        }

        // Enough of the searches find offers, and fill a page, for the comparison to mean something.
        Assert.InRange(found, searches / 2, searches - 1);
        Assert.InRange(full, searches / 10, searches - 1);
    }

    [Fact]
    public async Task Every_filter_by_start_date_gets_the_page_PostgreSQL_gives()
    {
        int searches = 0, full = 0;
        foreach (var where in OfferIndexData.Filters)
        {
            foreach (var direction in new[] { "ASC", "DESC" })
            {
                foreach (var past in new[] { false, true })
                {
                    var offers = await AssertSameAsync(null, where, first: 20, past: past, order: new object[] { new { startDate = direction } });
                    searches++;
                    full += offers["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? 1 : 0;
                }
            }
        }

        Assert.InRange(full, searches / 4, searches - 1);
        await AssertSameAsync(null, null, first: 1, past: true, order: new object[] { new { startDate = "ASC" } });
    }

    [Fact]
    public async Task Pages_of_fields_the_index_holds_are_shown_from_memory_as_PostgreSQL_gives_them()
    {
        var shown = 0;
        foreach (var (latitude, longitude) in OfferIndexData.Cities.Append((16.25, -61.55)))
        {
            foreach (var radiusKm in new[] { 3, 25, 200 })
            {
                foreach (var where in OfferIndexData.Filters)
                {
                    var offers = await AssertSameAsync(new { latitude, longitude, radiusKm }, where, first: 20, past: true, document: Shown);
                    shown += Count(offers);
                }
            }
        }

        foreach (var direction in new[] { "ASC", "DESC" })
        {
            foreach (var where in OfferIndexData.Filters)
            {
                shown += Count(await AssertSameAsync(null, where, first: 20, past: false, order: [new { startDate = direction }], document: Shown));
            }
        }

        Assert.True(shown > 500, $"only {shown} offers shown");
    }

    [Fact]
    public async Task Totals_and_facets_without_words_are_counted_from_memory_as_PostgreSQL_counts_them()
    {
        const string counts = """
            query ($near: NearInput, $where: OfferFilterInput, $past: Boolean!) {
              offers(near: $near, where: $where, includePast: $past) {
                totalCount
                facets { sectors { sector { code } count } departments { code count } academies { academy { code } count } grades { grade count } } } }
            """;
        const string total = "query ($near: NearInput, $where: OfferFilterInput) { offers(near: $near, where: $where) { totalCount } }";
        var circles = OfferIndexData.Cities.Append((16.25, -61.55))
            .SelectMany(c => new[] { 0.5, 10, 60, 200 }.Select(radiusKm => (object?)new { latitude = c.Item1, longitude = c.Item2, radiusKm }))
            .Append(null);
        long counted = 0;
        foreach (var near in circles)
        {
            foreach (var where in OfferIndexData.Filters)
            {
                foreach (var past in new[] { false, true })
                {
                    var variables = new { near, where, past };
                    var (fromIndex, _) = await data.AssertSameAsync(counts, variables, variables, Describe(variables));
                    counted += fromIndex["totalCount"]!.GetValue<long>();
                }

                var alone = new { near, where };
                await data.AssertSameAsync(total, alone, alone, $"total alone of {Describe(alone)}");
            }
        }

        Assert.True(counted > 1000, $"only {counted} offers counted");
    }

    [Fact]
    public async Task Signed_in_callers_get_what_the_visibility_rule_and_a_pupils_grade_give_them_in_PostgreSQL()
    {
        await using var db = _api.CreateDbContext();
        var school = await db.Schools.SingleAsync(s => s.Id == data.SchoolId);
        var pupil = await db.AddPupilAsync(school);
        var staff = await db.AddStaffMemberAsync(school, StaffRole.Teacher);
        var near = new { latitude = 48.8566, longitude = 2.3522, radiusKm = 200 };
        var anonymous = await AssertSameAsync(near, null, first: 100, past: true);
        var pupilOwn = await AssertSameAsync(near, null, first: 100, past: true, token: await _api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine)));
        var pupilAny = await AssertSameAsync(near, null, first: 100, past: true, token: await _api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine)), viewer: new { grade = "ANY" });
        var teacher = await AssertSameAsync(near, null, first: 100, past: true, token: await _api.TokenForAsync(DevelopmentLogin.Staff(staff.Email)));

        // The data are such that the rule and the grade make a difference both ways.
        Assert.True(Count(pupilOwn) < Count(pupilAny));
        Assert.True(Count(pupilAny) > Count(anonymous));
        Assert.True(Count(teacher) > Count(anonymous));
    }

    [Fact]
    public async Task A_search_after_a_write_sees_it()
    {
        await using var db = _api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        var near = new { latitude = 47.2184, longitude = -1.5536, radiusKm = 5 };
        var where = new { sectorCode = new { eq = "s9" } };
        Assert.Equal(0, Count(await AssertSameAsync(near, where, 20, past: true)));

        var offer = await db.AddOfferAsync(employer, o => (o.SectorId, o.Latitude, o.Longitude) = (9, 47.2184, -1.5536));
        Assert.Equal(1, Count(await AssertSameAsync(near, where, 20, past: true)));
        Assert.Equal(1, await TotalAsync(near, where));

        // Moved 20 km away, then back within the radius; another sector, then back.
        await ExecuteAsync($"UPDATE offers SET latitude = 47.40 WHERE id = {offer.Id}");
        Assert.Equal(0, Count(await AssertSameAsync(near, where, 20, past: true)));
        await ExecuteAsync($"UPDATE offers SET latitude = 47.21, longitude = -1.56 WHERE id = {offer.Id}");
        Assert.Equal(1, Count(await AssertSameAsync(near, where, 20, past: true)));
        await ExecuteAsync($"UPDATE offers SET sector_id = 10 WHERE id = {offer.Id}");
        Assert.Equal(0, Count(await AssertSameAsync(near, where, 20, past: true)));
        Assert.Equal(0, await TotalAsync(near, where));
        await ExecuteAsync($"UPDATE offers SET sector_id = 9, seats_taken = seats WHERE id = {offer.Id}");
        Assert.Equal(0, Count(await AssertSameAsync(near, where, 20, past: true)));
        Assert.Equal(0, await TotalAsync(near, where));
        await ExecuteAsync($"UPDATE offers SET seats_taken = 0, grades = ARRAY['troisieme']::grade[] WHERE id = {offer.Id}");
        Assert.Equal(1, Count(await AssertSameAsync(near, where, 20, past: true)));
        Assert.Equal(1, await TotalAsync(near, where));
        Assert.Equal(0, Count(await AssertSameAsync(near, new { sectorCode = new { eq = "s9" }, grades = new { some = new { eq = "SECONDE" } } }, 20, past: true)));

        // What a page shows of it, held in memory too: its title, its city, its postal code, its employer's name, each changed alone.
        foreach (var (sql, field, value) in new[]
        {
            ($"UPDATE offers SET title = 'Atelier de reliure' WHERE id = {offer.Id}", "title", "Atelier de reliure"),
            ($"UPDATE offers SET city = 'Rezé' WHERE id = {offer.Id}", "city", "Rezé"),
            ($"UPDATE offers SET postal_code = '75012' WHERE id = {offer.Id}", "postalCode", "75012"),
            ($"UPDATE employers SET name = 'Reliures de l''Erdre' WHERE id = {employer.Id}", "name", "Reliures de l'Erdre"),
        })
        {
            await ExecuteAsync(sql);
            var shown = Assert.Single((await AssertSameAsync(near, where, 20, past: true, document: Shown))["edges"]!.AsArray())!["node"]!;
            var holder = field switch { "title" => shown, "name" => shown["employer"]!, _ => shown["address"]! };
            Assert.Equal(value, holder[field]!.GetValue<string>());
        }

        // Its dates move it to the head of the sector's pages by start date.
        var byStartDate = new object[] { new { startDate = "ASC" } };
        await ExecuteAsync($"UPDATE offers SET weeks = ARRAY['2024-09-02'::date] WHERE id = {offer.Id}");
        var first = await AssertSameAsync(null, where, 20, past: true, order: byStartDate);
        Assert.Equal("Atelier de reliure", first["edges"]![0]!["node"]!["title"]!.GetValue<string>());

        await ExecuteAsync($"DELETE FROM offers WHERE id = {offer.Id}");
        Assert.Equal(0, Count(await AssertSameAsync(near, where, 20, past: true)));
        await AssertSameAsync(null, where, 20, past: true, order: byStartDate);
    }

    [Fact]
    public async Task A_bulk_change_loads_the_index_again_rather_than_applying_it_offer_by_offer()
    {
        var (server, client) = data.ServerWith("Stage:Search:InMemoryIndexMaxChangesApplied", "5");
        await using (server)
        {
            var index = server.Services.GetRequiredService<OfferIndexSearch>();
            await OfferIndexData.WaitForIndexAsync(index);
            var loads = index.Loads;
            const string page = "query ($near: NearInput!) { offers(first: 20, near: $near, includePast: true) { nodes { id title distanceKm } } }";
            var near = new { latitude = 48.8566, longitude = 2.3522, radiusKm = 30 };

            // Ten offers changed at once, more than this server applies one by one: the search that reads them leaves its page to
            // PostgreSQL and the index loads again.
            await ExecuteAsync("UPDATE offers SET description = description || ' ' WHERE id IN (SELECT id FROM offers ORDER BY id LIMIT 10)");
            var duringLoad = (await client.QueryAsync(page, new { near }))["offers"]!;
            await OfferIndexData.WaitForIndexAsync(index);
            Assert.Equal(loads + 1, index.Loads);

            var answeredBefore = index.Answered;
            var fromIndex = (await client.QueryAsync(page, new { near }))["offers"]!;
            Assert.True(index.Answered > answeredBefore);
            var fromSql = (await data.WithoutIndex().QueryAsync(page, new { near }))["offers"]!;
            Assert.True(JsonNode.DeepEquals(fromSql, fromIndex), $"{fromSql.ToJsonString()}\n{fromIndex.ToJsonString()}");
            Assert.True(JsonNode.DeepEquals(fromSql, duringLoad));
        }
    }

    [Fact]
    public async Task Searches_the_index_does_not_hold_are_left_to_PostgreSQL()
    {
        var near = new { latitude = 48.8566, longitude = 2.3522, radiusKm = 25 };
        const string other = """
            query ($near: NearInput, $where: OfferFilterInput, $order: [OfferSortInput!]) {
              offers(near: $near, where: $where, order: $order, first: 20, includePast: true) { nodes { id distanceKm } } }
            """;
        var shapes = new object[]
        {
            new { near, where = new { or = new object[] { new { sectorCode = new { eq = "s1" } }, new { sectorCode = new { eq = "s2" } } } } },
            new { near, where = new { title = new { contains = "jardin" } } },
            new { near, order = new object[] { new { startDate = "ASC" } } },
            new { near = new { latitude = 70.0, longitude = 25.0, radiusKm = 200 } },
        };
        foreach (var variables in shapes)
        {
            var answeredBefore = data.Index.Answered;
            var fromIndexServer = (await data.WithIndex().QueryAsync(other, variables))["offers"]!;
            Assert.Equal(answeredBefore, data.Index.Answered);
            var fromSql = (await data.WithoutIndex().QueryAsync(other, variables))["offers"]!;
            Assert.True(JsonNode.DeepEquals(fromSql, fromIndexServer), $"{fromSql.ToJsonString()}\n{fromIndexServer.ToJsonString()}");
        }
    }

    [Fact]
    public async Task A_page_from_memory_reads_the_log_alone_or_with_the_columns_the_index_lacks_in_one_round_trip()
    {
        var near = new { latitude = 48.8566, longitude = 2.3522, radiusKm = 30 };
        const string held = "query ($near: NearInput!) { offers(first: 5, near: $near, includePast: true) { nodes { id title distanceKm address { city } employer { name } } } }";
        const string lacking = "query ($near: NearInput!) { offers(first: 5, near: $near, includePast: true) { nodes { id weeks distanceKm } } }";
        // Whatever other tests wrote is applied first.
        await data.WithIndex().QueryAsync(held, new { near });

        foreach (var (page, rowsRead) in new[] { (held, (string?)null), (lacking, "SELECT o.id, o.weeks FROM offers o WHERE o.id = ANY(") })
        {
            using var counter = new SqlCommandCounter(_api.Database.Name);
            var answeredBefore = data.Index.Answered;
            var offers = (await data.WithIndex().QueryAsync(page, new { near }))["offers"]!["nodes"]!.AsArray();
            Assert.True(data.Index.Answered > answeredBefore);
            Assert.Equal(5, offers.Count);
            var batch = Assert.Single(counter.Statements);
            Assert.Contains("offer_search_changes", batch, StringComparison.Ordinal);
            Assert.DoesNotContain("<->", batch, StringComparison.Ordinal);
            Assert.DoesNotContain("search_vector", batch, StringComparison.Ordinal);
            if (rowsRead is null)
            {
                Assert.DoesNotContain("FROM offers", batch, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(rowsRead, batch, StringComparison.Ordinal);
            }
        }
    }

    private static int Count(JsonNode offers) => offers["edges"]!.AsArray().Count;

    /// <summary>The total and facets of a search as the index counts them, checked against PostgreSQL's; the total.</summary>
    private async Task<long> TotalAsync(object near, object where)
    {
        const string counts = """
            query ($near: NearInput, $where: OfferFilterInput) {
              offers(near: $near, where: $where, includePast: true) { totalCount facets { sectors { sector { code } count } grades { grade count } } } }
            """;
        var variables = new { near, where };
        var (fromIndex, _) = await data.AssertSameAsync(counts, variables, variables, $"counts of {Describe(variables)}");
        return fromIndex["totalCount"]!.GetValue<long>();
    }

    private async Task<JsonNode> AssertSameAsync(
        object? near, object? where, int first, bool past, string? token = null, object? viewer = null, object[]? order = null,
        string document = Nearest)
    {
        var variables = new { near, where, first, past, viewer, order, after = (string?)null };
        var (fromIndex, fromSql) = await data.AssertSameAsync(document, variables, variables, Describe(variables), token: token);

        // The index's cursor continues where PostgreSQL's does.
        if (fromIndex["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
        {
            var next = variables with { first = 7, after = fromIndex["pageInfo"]!["endCursor"]!.GetValue<string>() };
            var (page2, _) = await data.AssertSameAsync(
                document, next, next with { after = fromSql["pageInfo"]!["endCursor"]!.GetValue<string>() }, $"next page of {Describe(next)}", token: token);
            Assert.NotEmpty(page2["edges"]!.AsArray());
        }

        return fromIndex;
    }

    private static string Describe(object variables) => System.Text.Json.JsonSerializer.Serialize(variables);

    private Task ExecuteAsync(string sql) => OfferIndexData.ExecuteAsync(_api, sql);
}

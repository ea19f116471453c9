using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Stage.Api.Identity.Development;
using Stage.Api.Kit.Requests;
using Stage.Api.Offers.Search.Memory;
using Stage.Api.Tests.ApiKeys;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Identity;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// The full-text index in memory against PostgreSQL on the same database: the same page (ids, order, cursors), total and
/// facets for every word, before and after every kind of write, and after a truncate. Each answer is checked to come
/// from the index, so that a silent fall back to SQL cannot pass for a match.
/// </summary>
public sealed class OfferTextIndexTests(OfferIndexData data) : IClassFixture<OfferIndexData>
{
    private const string Search = """
        query ($s: String, $first: Int, $viewer: OfferViewerInput) { offers(search: $s, first: $first, viewer: $viewer) {
          totalCount
          facets { sectors { sector { code } count } departments { code count } academies { academy { code } count } grades { grade count } }
          edges { cursor node { id title remainingSeats } } pageInfo { hasNextPage endCursor } } }
        """;

    private readonly ApiFixture _api = data.Api;

    [Fact]
    public async Task Every_word_gets_the_page_total_and_facets_PostgreSQL_gives()
    {
        var words = OfferIndexData.Vocabulary.SelectMany(w => new[] { w, w[..Math.Min(w.Length, 3)], w[..Math.Min(w.Length, 6)] })
            .Concat(["ma", "le", "de", "INFORMATIQUE", "Pâtisserie", "2026", "zzz", "boulangeries"]).Distinct().ToList();
        foreach (var word in words)
        {
            foreach (var first in new[] { 1, 5, 20 })
            {
                await AssertSameAsync(word, first);
            }
        }
    }

    [Fact]
    public async Task A_word_with_a_filter_the_index_applies_gets_what_PostgreSQL_gives()
    {
        const string filtered = """
            query ($s: String, $where: OfferFilterInput, $past: Boolean!) { offers(search: $s, where: $where, first: 10, includePast: $past) {
              totalCount
              facets { sectors { sector { code } count } departments { code count } grades { grade count } }
              edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
            """;
        var totals = new HashSet<int>();
        foreach (var word in new[] { "jardin", "inform", "ma" })
        {
            foreach (var where in OfferIndexData.Filters)
            {
                foreach (var past in new[] { false, true })
                {
                    var variables = new { s = word, where, past };
                    var (fromIndex, _) = await data.AssertSameAsync(filtered, variables, variables, $"'{word}' {System.Text.Json.JsonSerializer.Serialize(where)}");
                    totals.Add(fromIndex["totalCount"]!.GetValue<int>());
                }
            }
        }

        // The filters narrow the matches in many different ways.
        Assert.True(totals.Count > 10, string.Join(", ", totals));
    }

    [Fact]
    public async Task A_key_scoped_to_a_territory_gets_its_part_as_PostgreSQL_gives_it()
    {
        foreach (var scope in new[] { new[] { "--regions", "84" }, ["--departments", "13,2A"], ["--regions", "84,93", "--departments", "33"] })
        {
            var key = await _api.CreateKeyAsync(scope);
            var everywhere = await AssertSameAsync("jardin", 20);
            var inTerritory = await AssertSameAsync("jardin", 20, key: key);
            Assert.InRange(inTerritory["totalCount"]!.GetValue<int>(), 1, everywhere["totalCount"]!.GetValue<int>() - 1);
        }
    }

    [Fact]
    public async Task Signed_in_callers_get_what_the_visibility_rule_and_a_pupils_grade_give_them_in_PostgreSQL()
    {
        await using var db = _api.CreateDbContext();
        var school = await db.Schools.SingleAsync(s => s.Id == data.SchoolId);
        var otherSchool = await db.AddSchoolAsync(s => s.Uai = "0691234B");
        var pupil = await db.AddPupilAsync(school);
        var outsider = await db.AddPupilAsync(otherSchool);
        var staff = await db.AddStaffMemberAsync(school, StaffRole.Teacher);
        var member = await db.AddEmployerMemberAsync(await db.Employers.OrderBy(e => e.Id).FirstAsync());
        var callers = new (string Who, string Token, object? Viewer)[]
        {
            ("pupil of the reserving school, own grade", await _api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine)), null),
            ("pupil of the reserving school, any grade", await _api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine)), new { grade = "ANY" }),
            ("pupil of another school, any grade", await _api.TokenForAsync(DevelopmentLogin.Pupil(outsider.Ine)), new { grade = "ANY" }),
            ("teacher of the reserving school", await _api.TokenForAsync(DevelopmentLogin.Staff(staff.Email)), null),
            ("member of the first employer", await _api.TokenForAsync(DevelopmentLogin.Employer(member.Email)), null),
            ("administrator", await _api.TokenForAsync(DevelopmentLogin.Admin("Ada")), null),
        };
        var anonymous = (await AssertSameAsync("jardin", 20))["totalCount"]!.GetValue<int>();
        var totals = new Dictionary<string, int>();
        foreach (var (who, token, viewer) in callers)
        {
            foreach (var word in new[] { "jardin", "inform", "ma" })
            {
                var offers = await AssertSameAsync(word, 20, token: token, viewer: viewer, who: who);
                if (word == "jardin")
                {
                    totals[who] = offers["totalCount"]!.GetValue<int>();
                }
            }
        }

        // The data are such that the rule and the grade make a difference both ways.
        Assert.True(totals["pupil of the reserving school, own grade"] < totals["pupil of the reserving school, any grade"]);
        Assert.True(totals["pupil of the reserving school, any grade"] > anonymous);
        Assert.True(totals["teacher of the reserving school"] > anonymous);
        Assert.Equal(anonymous, totals["pupil of another school, any grade"]);
    }

    [Fact]
    public async Task A_search_after_a_write_sees_it()
    {
        await using var db = _api.CreateDbContext();
        var employer = await db.AddEmployerAsync(e => e.Name = "Ateliers Zorglub");
        await AssertSameAsync("zorglub", 20, expectedTotal: 0 + 0);
        var offer = await db.AddOfferAsync(employer, o => (o.Title, o.Description) = ("Stage de zorglubologie", "Découverte du zorglub."));
        await AssertSameAsync("zorglubolo", 20, expectedTotal: 1);

        await ExecuteAsync($"UPDATE offers SET seats_taken = seats WHERE id = {offer.Id}");
        await AssertSameAsync("zorglubolo", 20, expectedTotal: 0);
        await ExecuteAsync($"UPDATE offers SET seats_taken = 0 WHERE id = {offer.Id}");
        await AssertSameAsync("zorglubolo", 20, expectedTotal: 1);

        var school = await db.AddSchoolAsync(s => s.Uai = "0759999Z");
        await ExecuteAsync($"UPDATE offers SET reserved_school_ids = ARRAY[{school.Id}]::bigint[] WHERE id = {offer.Id}");
        await AssertSameAsync("zorglubolo", 20, expectedTotal: 0);
        await ExecuteAsync($"UPDATE offers SET reserved_school_ids = '{{}}', status = 'unpublished' WHERE id = {offer.Id}");
        await AssertSameAsync("zorglubolo", 20, expectedTotal: 0);
        await ExecuteAsync($"UPDATE offers SET status = 'published', weeks = ARRAY['2025-03-03'::date] WHERE id = {offer.Id}");
        await AssertSameAsync("zorglubolo", 20, expectedTotal: 0);
        await ExecuteAsync($"UPDATE offers SET weeks = ARRAY['{TestData.SecondeWeek1:yyyy-MM-dd}'::date] WHERE id = {offer.Id}");
        await AssertSameAsync("zorglubolo", 20, expectedTotal: 1);

        // New words: the old ones no longer find it, the new ones do; the employer's words still do.
        await ExecuteAsync($"UPDATE offers SET title = 'Stage de xylographie', description = 'Gravure sur bois.' WHERE id = {offer.Id}");
        await AssertSameAsync("zorglubolo", 20, expectedTotal: 0);
        await AssertSameAsync("xylograph", 20, expectedTotal: 1);
        await AssertSameAsync("zorglub", 20, expectedTotal: 1);
        await ExecuteAsync($"UPDATE employers SET name = 'Ateliers Quetzal' WHERE id = {employer.Id}");
        await AssertSameAsync("zorglub", 20, expectedTotal: 0);
        await AssertSameAsync("quetzal", 20, expectedTotal: 1);

        await ExecuteAsync($"DELETE FROM offers WHERE id = {offer.Id}");
        await AssertSameAsync("xylograph", 20, expectedTotal: 0);
    }

    [Fact]
    public async Task Changes_committed_together_are_seen_together()
    {
        await using var connection = await _api.OpenConnectionAsync();
        await using var db = _api.CreateDbContext();
        var employer = await db.AddEmployerAsync(e => e.Name = "Coopérative Wombat");
        var offers = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            offers.Add((await db.AddOfferAsync(employer, o => o.Title = $"Stage wombatier {i}")).Id);
        }

        await AssertSameAsync("wombatier", 20, expectedTotal: 4);
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var command = new NpgsqlCommand($"UPDATE offers SET seats_taken = seats WHERE id IN ({offers[0]}, {offers[2]})", connection, transaction);
            await command.ExecuteNonQueryAsync();
            // Not committed yet: nobody sees it.
            await AssertSameAsync("wombatier", 20, expectedTotal: 4);
            await transaction.CommitAsync();
        }

        await AssertSameAsync("wombatier", 20, expectedTotal: 2);
    }

    private async Task<JsonNode> AssertSameAsync(
        string word, int first, int? expectedTotal = null, string? key = null, string? token = null, object? viewer = null, string? who = null)
    {
        var variables = new { s = word, first, viewer };
        var (fromIndex, fromSql) = await data.AssertSameAsync(Search, variables, variables, $"{who} '{word}', first {first}", key, token);
        if (expectedTotal is not null)
        {
            Assert.Equal(expectedTotal, fromIndex["totalCount"]!.GetValue<int>());
        }

        // The index's cursor continues where PostgreSQL would.
        if (fromIndex["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
        {
            const string next = """
                query ($s: String, $after: String) { offers(search: $s, first: 3, after: $after) {
                  nodes { id } pageInfo { hasNextPage hasPreviousPage } } }
                """;
            var (page2, _) = await data.AssertSameAsync(
                next, new { s = word, after = fromIndex["pageInfo"]!["endCursor"]!.GetValue<string>() },
                new { s = word, after = fromSql["pageInfo"]!["endCursor"]!.GetValue<string>() }, $"'{word}' after {first}", key, token);
            Assert.NotEmpty(page2["nodes"]!.AsArray());
        }

        return fromIndex;
    }

    private Task ExecuteAsync(string sql) => OfferIndexData.ExecuteAsync(_api, sql);
}

/// <summary>A truncate (or a bulk load's mark) makes the index load everything again; PostgreSQL answers meanwhile.</summary>
public sealed class OfferTextIndexReloadTests : IAsyncLifetime
{
    private readonly ApiFixture _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task A_truncate_loads_everything_again_and_searches_stay_right_meanwhile()
    {
        var index = _api.Factory.Services.GetRequiredService<OfferIndexSearch>();
        await using var db = _api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        await db.AddOfferAsync(employer, o => o.Title = "Stage de capybarisme");
        await OfferIndexData.WaitForIndexAsync(index);
        Assert.Equal(1, await TotalAsync("capybar"));

        await OfferIndexData.ExecuteAsync(_api, "TRUNCATE offers CASCADE");
        Assert.Equal(0, await TotalAsync("capybar"));
        await db.AddOfferAsync(employer, o => o.Title = "Stage de capybarisme avancé");
        Assert.Equal(1, await TotalAsync("capybar"));

        await OfferIndexData.WaitForIndexAsync(index);
        var answeredBefore = index.Answered;
        Assert.Equal(1, await TotalAsync("capybar"));
        Assert.Equal(1, await TotalAsync("avanc"));
        Assert.True(index.Answered > answeredBefore, "the reloaded index did not answer");
    }

    private async Task<int> TotalAsync(string word) =>
        (await _api.GraphQL.QueryAsync("query ($s: String) { offers(search: $s) { totalCount nodes { id } } }", new { s = word }))["offers"]!["totalCount"]!.GetValue<int>();
}

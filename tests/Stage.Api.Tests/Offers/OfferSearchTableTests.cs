using System.Globalization;
using System.Text;
using Npgsql;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Offers.Management;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// The full-text search's own table (<c>offer_search</c>) stays in step with the offers whoever writes them, and a
/// full-text search's total and facets, read with its first page in one statement, are what an independent count of the
/// offers finds.
/// </summary>
public sealed class OfferSearchTableTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>Rows of either table without their twin, or whose twin differs from what the offer and its employer say.</summary>
    private const string OutOfStep = """
        SELECT count(*)
        FROM offers o JOIN employers e ON e.id = o.employer_id
        FULL JOIN offer_search s ON s.id = o.id
        WHERE o.id IS NULL OR s.id IS NULL
           OR (s.status, s.sector_id, s.employer_id, s.operator_id, s.reserved_school_ids, s.grades, s.first_date, s.last_date,
               s.remaining_seats, s.department_code, s.region_code, s.search_vector)
              IS DISTINCT FROM
              (o.status, o.sector_id, o.employer_id, o.operator_id, o.reserved_school_ids, o.grades, o.first_date, o.last_date,
               o.remaining_seats, o.department_code, o.region_code, stage_offer_search_vector(o.title, o.description, e.name, e.description))
        """;

    private readonly OfferPeople _people = new(api);

    [Fact]
    public async Task The_search_table_follows_every_writer_of_offers_and_employers_and_a_deletion()
    {
        var (member, employerId) = await _people.EmployerMemberAsync();
        var created = await member.SucceedAsync("createOffer", OfferInputs.College("Atelier de marqueterie"));
        var id = created["id"]!.GetValue<string>();
        var offerId = GlobalId.Parse(id, "Offer");
        await AssertInStepAsync();

        await member.SucceedAsync("updateOffer", new { offerId = id, title = "Atelier d'ébénisterie", seats = 5 });
        await member.SucceedAsync("publishOffer", new { offerId = id });
        await AssertInStepAsync();
        Assert.Equal([offerId], await SearchAsync("ebenist"));
        Assert.Empty(await SearchAsync("marqueterie"));

        await member.SucceedAsync("unpublishOffer", new { offerId = id });
        await AssertInStepAsync();
        Assert.Empty(await SearchAsync("ebenist"));

        var op = await _people.OperatorAsync();
        var items = UpsertInputs.Batch(12, prefix: "Synchro");
        await op.UpsertAsync(items);
        items[3]["title"] = "Offre de lutherie";
        items[4]["seats"] = 6;
        items[5]["publish"] = false;
        items[6]["sectorCode"] = "s12";
        await op.UpsertAsync(items);
        await AssertInStepAsync();

        await member.SucceedAsync("publishOffer", new { offerId = id });
        await ExecuteAsync("UPDATE offers SET seats_taken = seats_taken + 1 WHERE id = $1", offerId);
        await ExecuteAsync("UPDATE employers SET name = 'Ateliers du Faubourg', description = 'Meubles anciens' WHERE id = $1", employerId);
        await AssertInStepAsync();
        Assert.Equal([offerId], await SearchAsync("faubourg"));
        Assert.Single(await SearchAsync("lutherie"));

        await ExecuteAsync("UPDATE offers SET seats_taken = seats WHERE id = $1", offerId);
        await AssertInStepAsync();
        Assert.Empty(await SearchAsync("faubourg"));

        await ExecuteAsync("DELETE FROM offers WHERE id = $1", offerId);
        await AssertInStepAsync();
    }

    [Fact]
    public async Task The_total_and_the_facets_of_a_full_text_search_are_an_independent_count_of_the_matching_offers()
    {
        var offers = await SeedAsync();
        const string Word = "xylograv";
        var expected = offers.Where(o => o.Public && Words(o.Text).Any(w => w.StartsWith(Word, StringComparison.Ordinal))).ToList();
        Assert.True(expected.Count > 25, "the page must not hold every match");

        // The SQL path: the full-text index in memory (OfferTextIndexTests) would answer this one-word search otherwise.
        await using var sqlOnly = api.Factory.WithWebHostBuilder(builder => builder.UseSetting("Stage:Search:InMemoryIndex", "false"));
        using var counter = new SqlCommandCounter(api.Database.Name);
        var data = await new GraphQLClient(sqlOnly.CreateClient()).QueryAsync("""
            query ($s: String!) { offers(first: 20, search: $s) {
              totalCount
              facets { sectors { sector { id } count } departments { code count } grades { grade count } }
              nodes { id title } pageInfo { hasNextPage } } }
            """, new { s = Word });

        Assert.Single(counter.Statements);
        var result = data["offers"]!;
        Assert.Equal(expected.Count, result["totalCount"]!.GetValue<int>());
        Assert.Equal(
            Counts(expected.GroupBy(o => GlobalId.Encode("Sector", o.SectorId))),
            Counts(result["facets"]!["sectors"]!.AsArray().Select(f => (f!["sector"]!["id"]!.GetValue<string>(), f["count"]!.GetValue<int>()))));
        Assert.Equal(
            Counts(expected.GroupBy(o => o.Department)),
            Counts(result["facets"]!["departments"]!.AsArray().Select(f => (f!["code"]!.GetValue<string>(), f["count"]!.GetValue<int>()))));
        Assert.Equal(
            Counts(expected.SelectMany(o => o.Grades.Select(g => (Grade: g, o))).GroupBy(x => x.Grade.ToString().ToUpperInvariant(), x => x.o)),
            Counts(result["facets"]!["grades"]!.AsArray().Select(f => (f!["grade"]!.GetValue<string>(), f["count"]!.GetValue<int>()))));

        var page = result["nodes"]!.AsArray().Select(n => GlobalId.Parse(n!["id"]!.GetValue<string>(), "Offer")).ToList();
        Assert.Equal(20, page.Count);
        Assert.True(result["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Subset(expected.Select(o => o.Id).ToHashSet(), page.ToHashSet());

        // The same search with a filter the search table does not hold (a title condition) joins the offers: same counts.
        var joined = await api.GraphQL.QueryAsync("""
            query ($s: String!) { offers(first: 20, search: $s, where: { title: { ncontains: "zzz" } }) { totalCount facets { grades { grade count } } } }
            """, new { s = Word });
        Assert.Equal(expected.Count, joined["offers"]!["totalCount"]!.GetValue<int>());
    }

    private async Task AssertInStepAsync()
    {
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(OutOfStep, connection);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    private async Task ExecuteAsync(string sql, long id)
    {
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = id } } };
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<long>> SearchAsync(string search)
    {
        var data = await api.GraphQL.QueryAsync("query ($s: String!) { offers(first: 100, search: $s) { nodes { id } } }", new { s = search });
        return [.. data["offers"]!["nodes"]!.AsArray().Select(n => GlobalId.Parse(n!["id"]!.GetValue<string>(), "Offer"))];
    }

    /// <summary>
    /// 90 offers over 3 employers, a third with the searched word in the title, a third in the description, some in the
    /// employer's texts only, across sectors, départements (one abroad), grades, statuses, full and reserved offers.
    /// </summary>
    private async Task<List<SeededOffer>> SeedAsync()
    {
        await using var db = api.CreateDbContext();
        var school = await db.AddSchoolAsync(s => s.Uai = "0759876X");
        var seeded = new List<SeededOffer>();
        string[] postalCodes = ["75011", "69002", "13002", "33000", "97110", "20000"];
        for (var e = 0; e < 3; e++)
        {
            var employer = await db.AddEmployerAsync(x => (x.Name, x.Description) = e == 2 ? ("Xylogravures Martin", "Estampes") : ($"Atelier {e}", "Bois"));
            for (var i = 0; i < 30; i++)
            {
                var n = (e * 30) + i;
                var abroad = n % 17 == 0;
                var offer = await db.AddOfferAsync(employer, o =>
                {
                    o.Title = n % 3 == 0 ? $"Xylograveur {n}" : $"Atelier {n}";
                    o.Description = n % 3 == 1 ? "La xylogravure au quotidien" : "Graver le bois";
                    o.SectorId = 1 + (n % 7);
                    o.PostalCode = abroad ? null : postalCodes[n % postalCodes.Length];
                    o.CountryCode = abroad ? "BE" : "FR";
                    o.Grades = n % 4 == 0 ? [Grade.Seconde] : n % 4 == 1 ? [Grade.Troisieme] : [Grade.Quatrieme, Grade.Troisieme];
                    o.Weeks = n % 4 == 0 ? [TestData.SecondeWeek1] : [new DateOnly(2026, 3, 2)];
                    o.Status = n % 11 == 5 ? OfferStatus.Unpublished : OfferStatus.Published;
                    o.SeatsTaken = n % 13 == 7 ? o.Seats : 0;
                    o.ReservedSchoolIds = n % 19 == 3 ? [school.Id] : [];
                });
                seeded.Add(new SeededOffer(
                    offer.Id, offer.SectorId, string.Join(' ', offer.Title, offer.Description, employer.Name, employer.Description),
                    abroad ? null : await DepartmentAsync(offer.Id), offer.Grades,
                    offer.Status == OfferStatus.Published && offer.SeatsTaken < offer.Seats && offer.ReservedSchoolIds.Length == 0));
            }
        }

        return seeded;
    }

    private async Task<string?> DepartmentAsync(long id)
    {
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT department_code FROM offers WHERE id = $1", connection) { Parameters = { new() { Value = id } } };
        return await command.ExecuteScalarAsync() as string;
    }

    private static List<(string Key, int Count)> Counts(IEnumerable<IGrouping<string?, SeededOffer>> groups) =>
        [.. groups.Where(g => g.Key is not null).Select(g => (g.Key!, g.Count())).Order()];

    private static List<(string Key, int Count)> Counts(IEnumerable<(string Key, int Count)> facets) => [.. facets.Order()];

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries).Select(Fold);

    /// <summary>Lower case without accents, as the search compares.</summary>
    private static string Fold(string word) => new(word.Normalize(NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).Select(char.ToLowerInvariant).ToArray());

    private sealed record SeededOffer(long Id, int SectorId, string Text, string? Department, Grade[] Grades, bool Public);
}

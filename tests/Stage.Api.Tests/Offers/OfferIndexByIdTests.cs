using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Identity.Development;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Identity;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// <c>offer(id)</c> from the index in memory against PostgreSQL on the same database: every offer, whatever its status
/// (published, unpublished, removed, waiting for an update) and reservation, for anonymous and signed-in callers, field for
/// field; after each write that changes what it answers; a selection the index does not hold is left to PostgreSQL; and
/// concurrent requests share their reads of the change log.
/// </summary>
public sealed class OfferIndexByIdTests(OfferIndexData data) : IClassFixture<OfferIndexData>
{
    /// <summary>Every field of an offer the index holds.</summary>
    private const string HeldFields = """
        id title sector { code name } grades firstDate lastDate remainingSeats status location { latitude longitude }
        address { city postalCode departmentCode regionCode academy { code } } employer { id name }
        """;

    private readonly ApiFixture _api = data.Api;

    [Fact]
    public async Task Every_offer_by_id_is_answered_from_memory_as_PostgreSQL_answers_it_for_every_caller()
    {
        await using var db = _api.CreateDbContext();
        var offers = await db.Offers.OrderBy(o => o.Id).Select(o => new { o.Id, o.EmployerId }).ToListAsync();
        await ExecuteAsync($"UPDATE offers SET status = 'need_to_be_updated' WHERE id % 7 = 3 AND id IN ({string.Join(',', offers.Select(o => o.Id))})");
        await ExecuteAsync($"UPDATE offers SET status = 'removed' WHERE id % 11 = 4 AND id IN ({string.Join(',', offers.Select(o => o.Id))})");
        var school = await db.Schools.SingleAsync(s => s.Id == data.SchoolId);
        var pupil = await db.AddPupilAsync(school);
        var otherPupil = await db.AddPupilAsync(await db.AddSchoolAsync(s => s.Uai = "0691234B"));
        var callers = new (string Who, string? Token)[]
        {
            ("anonymous", null),
            ("pupil of the reserved school", await _api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine))),
            ("pupil of another school", await _api.TokenForAsync(DevelopmentLogin.Pupil(otherPupil.Ine))),
            ("host of the first offers", await _api.TokenForAsync(DevelopmentLogin.Employer(offers[0].EmployerId.ToString(CultureInfo.InvariantCulture)))),
            ("administrator", await _api.TokenForAsync(DevelopmentLogin.Admin("Ada"))),
        };

        // The ids of every offer, one that never existed, and the statuses and reservations the data give, all met.
        var ids = offers.Select(o => o.Id).Append(offers[^1].Id + 1000).ToList();
        var answered = new Dictionary<string, int>();
        foreach (var (who, token) in callers)
        {
            foreach (var chunk in ids.Chunk(10))
            {
                var fromIndex = await AssertSameAsync(chunk, who, token);
                foreach (var offer in fromIndex.Select(o => o.Value))
                {
                    var key = offer is null ? "null" : offer["status"]!.GetValue<string>();
                    answered[key] = answered.GetValueOrDefault(key) + 1;
                }
            }
        }

        Assert.True(answered.GetValueOrDefault("PUBLISHED") > 500, string.Join(", ", answered));
        Assert.True(answered.GetValueOrDefault("NEED_TO_BE_UPDATED") > 50, string.Join(", ", answered));
        Assert.True(answered.GetValueOrDefault("null") > 100, string.Join(", ", answered));
        Assert.DoesNotContain("UNPUBLISHED", answered.Keys);
        Assert.DoesNotContain("REMOVED", answered.Keys);
    }

    [Fact]
    public async Task An_offer_by_id_after_a_write_is_what_the_write_left()
    {
        await using var db = _api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        var school = await db.Schools.SingleAsync(s => s.Id == data.SchoolId);
        var pupilToken = await _api.TokenForAsync(DevelopmentLogin.Pupil((await db.AddPupilAsync(school)).Ine));

        // Created, then read at once: the index saw the insert.
        var offer = await db.AddOfferAsync(employer, o => o.Title = "Atelier de lutherie");
        Assert.Equal("Atelier de lutherie", (await ByIdAsync(offer.Id))!["title"]!.GetValue<string>());

        foreach (var (sql, expected) in new (string, Func<JsonNode?, bool>)[]
        {
            ($"UPDATE offers SET title = 'Atelier de marqueterie' WHERE id = {offer.Id}", o => o!["title"]!.GetValue<string>() == "Atelier de marqueterie"),
            ($"UPDATE employers SET name = 'Bois et Cordes' WHERE id = {employer.Id}", o => o!["employer"]!["name"]!.GetValue<string>() == "Bois et Cordes"),
            ($"UPDATE offers SET city = 'Mirecourt', postal_code = '88500' WHERE id = {offer.Id}", o => o!["address"]!["postalCode"]!.GetValue<string>() == "88500"),
            ($"UPDATE offers SET seats_taken = seats WHERE id = {offer.Id}", o => o!["remainingSeats"]!.GetValue<int>() == 0),
            ($"UPDATE offers SET status = 'unpublished' WHERE id = {offer.Id}", o => o is null),
            ($"UPDATE offers SET status = 'need_to_be_updated' WHERE id = {offer.Id}", o => o!["status"]!.GetValue<string>() == "NEED_TO_BE_UPDATED"),
            ($"UPDATE offers SET status = 'published', reserved_school_ids = ARRAY[{school.Id}]::bigint[] WHERE id = {offer.Id}", o => o is null),
            ($"UPDATE offers SET status = 'removed', reserved_school_ids = '{{}}' WHERE id = {offer.Id}", o => o is null),
            ($"UPDATE offers SET status = 'published' WHERE id = {offer.Id}", o => o!["status"]!.GetValue<string>() == "PUBLISHED"),
            ($"DELETE FROM offers WHERE id = {offer.Id}", o => o is null),
        })
        {
            await ExecuteAsync(sql);
            var fromIndex = (await AssertSameAsync([offer.Id], sql, null))[Alias(0)];
            Assert.True(expected(fromIndex), $"after {sql}: {fromIndex?.ToJsonString() ?? "null"}");
            if (sql.Contains("reserved_school_ids = ARRAY", StringComparison.Ordinal))
            {
                // Reserved to the school: its pupils see it, anonymous callers do not.
                var seen = (await AssertSameAsync([offer.Id], sql, pupilToken))[Alias(0)];
                Assert.Equal("PUBLISHED", seen!["status"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task A_selection_the_index_does_not_hold_is_left_to_PostgreSQL()
    {
        var id = GlobalId.Encode(OfferType.TypeName, await FirstPublishedAsync());
        const string lacking = "query ($id: ID!) { offer(id: $id) { id title description weeks } }";
        var answeredBefore = data.Index.Answered;
        var fromIndexServer = await data.WithIndex().QueryAsync(lacking, new { id });
        Assert.Equal(answeredBefore, data.Index.Answered);
        var fromSql = await data.WithoutIndex().QueryAsync(lacking, new { id });
        Assert.True(JsonNode.DeepEquals(fromSql, fromIndexServer), $"{fromSql.ToJsonString()}\n{fromIndexServer.ToJsonString()}");
        Assert.NotEmpty(fromIndexServer["offer"]!["weeks"]!.AsArray());
    }

    [Fact]
    public async Task Requests_at_the_same_time_share_their_reads_of_the_change_log()
    {
        var id = GlobalId.Encode(OfferType.TypeName, await FirstPublishedAsync());
        var document = $"query ($id: ID!) {{ offer(id: $id) {{ {HeldFields} }} }}";
        var client = data.WithIndex();
        await client.QueryAsync(document, new { id });

        const int requests = 200;
        using var counter = new SqlCommandCounter(_api.Database.Name);
        var (readsBefore, answeredBefore) = (data.Index.SharedReads, data.Index.Answered);
        var answers = await Task.WhenAll(Enumerable.Range(0, requests).Select(_ => Task.Run(() => client.QueryAsync(document, new { id }))));

        Assert.All(answers, answer => Assert.Equal(id, answer["offer"]!["id"]!.GetValue<string>()));
        Assert.Equal(answeredBefore + requests, data.Index.Answered);
        var reads = data.Index.SharedReads - readsBefore;
        Assert.InRange(reads, 1, requests - 1);
        Assert.All(counter.Statements, s => Assert.Contains("offer_search_changes", s, StringComparison.Ordinal));
        Assert.Equal(reads, counter.Statements.Count);
    }

    /// <summary>
    /// The offers of <paramref name="ids"/> by id in one document (aliases o0, o1...) from both servers as the caller with
    /// <paramref name="token"/>; asserts that the index answered each and that both answers agree, and gives the index's.
    /// </summary>
    private async Task<JsonObject> AssertSameAsync(long[] ids, string what, string? token)
    {
        var document = new StringBuilder("query {");
        for (var i = 0; i < ids.Length; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $" {Alias(i)}: offer(id: \"{GlobalId.Encode(OfferType.TypeName, ids[i])}\") {{ {HeldFields} }}");
        }

        document.Append(" }");
        var answeredBefore = data.Index.Answered;
        var fromIndex = (await data.WithIndex(token: token).QueryAsync(document.ToString(), new { })).AsObject();
        Assert.Equal(answeredBefore + ids.Length, data.Index.Answered);
        var fromSql = await data.WithoutIndex(token: token).QueryAsync(document.ToString(), new { });
        Assert.True(JsonNode.DeepEquals(fromSql, fromIndex), $"{what}:\nSQL   {fromSql.ToJsonString()}\nindex {fromIndex.ToJsonString()}");
        return fromIndex;
    }

    private async Task<JsonNode?> ByIdAsync(long id) => (await AssertSameAsync([id], $"offer {id}", null))[Alias(0)];

    private static string Alias(int i) => $"o{i}";

    private async Task<long> FirstPublishedAsync()
    {
        await using var db = _api.CreateDbContext();
        return await db.Offers.Where(o => o.Status == OfferStatus.Published && o.ReservedSchoolIds.Length == 0).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
    }

    private Task ExecuteAsync(string sql) => OfferIndexData.ExecuteAsync(_api, sql);
}

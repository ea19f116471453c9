using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data.Sql;
using Stage.Api.Identity.Development;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.ApiKeys;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Offers.Management;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// An offer reserved to schools exists only for the pupils and staff of those schools, its host's members, its operator
/// and administrators: listed, counted, faceted, read by id and applied to by them; for anyone else (anonymous callers,
/// API keys, other schools, other employers) it is exactly as if it did not exist. The expectations are computed here
/// from the rule as the issue states it, not from the API's code.
/// </summary>
public sealed class ReservedOfferTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Search = """
        query ($title: String!) {
          offers(first: 50, where: { title: { eq: $title } }) { totalCount facets { sectors { count } grades { count } } nodes { id } }
        }
        """;

    private const string ById = "query ($id: ID!) { offer(id: $id) { id } node(id: $id) { id } }";

    private static readonly string[] NotUaiCodes = ["75-LYCEE"];

    private static int s_serial;

    [Fact]
    public async Task Each_caller_sees_exactly_the_offers_meant_for_them_in_every_read_and_application()
    {
        var people = new OfferPeople(api);
        var scenario = people.Scenario;
        var title = $"Réservée {Interlocked.Increment(ref s_serial)}-{Guid.NewGuid():N}";
        var (a, b, c, d) = (await scenario.SchoolAsync(), await scenario.SchoolAsync(), await scenario.SchoolAsync(), await scenario.SchoolAsync());
        var (host, hostMember) = await scenario.EmployerAsync();
        var (_, otherMember) = await scenario.EmployerAsync();
        var @operator = await people.OperatorAsync();

        var open = await scenario.OfferAsync(host, o => o.Title = title);
        var toA = await scenario.OfferAsync(host, o => (o.Title, o.ReservedSchoolIds) = (title, [a.Id]));
        var toAB = await scenario.OfferAsync(host, o => (o.Title, o.ReservedSchoolIds) = (title, [a.Id, b.Id]));
        var created = await @operator.SucceedAsync("createOffer", OfferInputs.Seconde(title)
            .With("newEmployer", OfferInputs.NewEmployer()).With("publish", true).WithList("reservedToSchools", c.Uai));
        var toC = GlobalId.Parse(created["id"]!.GetValue<string>(), "Offer");
        var all = new[] { open.Id, toA.Id, toAB.Id, toC };

        var key = await api.CreateKeyAsync();
        var territoryKey = await api.CreateKeyAsync("--regions", "11");
        var callers = new (string Who, GraphQLClient Client, long[] Sees)[]
        {
            ("anonymous", api.GraphQL, [open.Id]),
            ("API key", api.WithKey(key), [open.Id]),
            ("territory key", api.WithKey(territoryKey), [open.Id]),
            ("pupil of A", await scenario.AsPupilAsync(await scenario.PupilAsync(a)), [open.Id, toA.Id, toAB.Id]),
            ("staff of A", await StaffOfAsync(scenario, a), [open.Id, toA.Id, toAB.Id]),
            ("pupil of B", await scenario.AsPupilAsync(await scenario.PupilAsync(b)), [open.Id, toAB.Id]),
            ("staff of B", await StaffOfAsync(scenario, b), [open.Id, toAB.Id]),
            ("pupil of C", await scenario.AsPupilAsync(await scenario.PupilAsync(c)), [open.Id, toC]),
            ("pupil of another school", await scenario.AsPupilAsync(await scenario.PupilAsync(d)), [open.Id]),
            ("staff of another school", await StaffOfAsync(scenario, d), [open.Id]),
            ("host member", await scenario.AsEmployerAsync(hostMember), [open.Id, toA.Id, toAB.Id]),
            ("another employer's member", await scenario.AsEmployerAsync(otherMember), [open.Id]),
            ("operator", @operator, [open.Id, toC]),
            ("admin", api.GraphQLWithToken(await api.TokenForAsync(DevelopmentLogin.Admin("reserved-check"))), all),
        };

        foreach (var (who, client, sees) in callers)
        {
            var found = (await client.QueryAsync(Search, new { title }))["offers"]!;
            Assert.True(Ids(sees).SequenceEqual(Ids(found["nodes"]!)), $"{who} lists {found["nodes"]!.ToJsonString()}");
            Assert.Equal(sees.Length, found["totalCount"]!.GetValue<int>());
            Assert.Equal(sees.Length, found["facets"]!["sectors"]!.AsArray().Sum(s => s!["count"]!.GetValue<int>()));
            Assert.Equal(sees.Length, found["facets"]!["grades"]!.AsArray().Sum(s => s!["count"]!.GetValue<int>()));
            foreach (var id in all)
            {
                var byId = await client.QueryAsync(ById, new { id = GlobalId.Encode("Offer", id) });
                Assert.True(sees.Contains(id) == byId["offer"] is not null, $"{who} reads offer {id}: {byId.ToJsonString()}");
                Assert.Equal(byId["offer"]?.ToJsonString(), byId["node"]?.ToJsonString());
            }
        }

        // A pupil applying to an offer reserved to other schools is answered as for an offer that does not exist.
        var pupilOfB = callers.Single(c => c.Who == "pupil of B").Client;
        var missing = await ApplicationScenario.ApplyAsync(pupilOfB, new Offer { Id = 999_999_999, Title = "", Description = "", Street = "", City = "" });
        var reservedAway = await ApplicationScenario.ApplyAsync(pupilOfB, toA);
        Assert.Null(reservedAway["application"]);
        Assert.Equal(missing.ToJsonString(), reservedAway.ToJsonString());
        Assert.Equal("OfferNotAvailableError", reservedAway["errors"]![0]!["__typename"]!.GetValue<string>());
        var applied = await ApplicationScenario.ApplyAsync(pupilOfB, toAB);
        Assert.Null(applied["errors"]);
    }

    [Fact]
    public async Task The_rule_in_memory_in_EF_and_in_SQL_agree_for_every_kind_of_caller()
    {
        var scenario = new ApplicationScenario(api);
        var title = $"Règle {Interlocked.Increment(ref s_serial)}-{Guid.NewGuid():N}";
        var (a, b) = (await scenario.SchoolAsync(), await scenario.SchoolAsync());
        var (host, _) = await scenario.EmployerAsync();
        var (other, _) = await scenario.EmployerAsync();
        var offers = new List<Offer>
        {
            await scenario.OfferAsync(host, o => o.Title = title),
            await scenario.OfferAsync(host, o => (o.Title, o.ReservedSchoolIds) = (title, [a.Id])),
            await scenario.OfferAsync(other, o => (o.Title, o.ReservedSchoolIds) = (title, [a.Id, b.Id])),
        };

        var viewers = new (Viewer? Viewer, bool[] Sees)[]
        {
            (null, [true, false, false]),
            (Viewer(AccountKind.Pupil, school: a.Id), [true, true, true]),
            (Viewer(AccountKind.Staff, school: b.Id), [true, false, true]),
            (Viewer(AccountKind.Pupil, school: -5), [true, false, false]),
            (Viewer(AccountKind.EmployerMember, employer: host.Id), [true, true, false]),
            (Viewer(AccountKind.EmployerMember, employer: other.Id), [true, false, true]),
            (Viewer(AccountKind.Operator, @operator: 424242), [true, false, false]),
            (Viewer(AccountKind.Admin), [true, true, true]),
        };

        await using var db = api.CreateDbContext();
        await using var connection = await api.OpenConnectionAsync();
        foreach (var (viewer, sees) in viewers)
        {
            long[] expected = [.. offers.Where((_, i) => sees[i]).Select(o => o.Id)];
            long[] inMemory = [.. offers.Where(o => viewer.CanSee(o)).Select(o => o.Id)];
            long[] inEf = [.. (await db.Offers.VisibleTo(viewer).Where(o => o.Title == title).Select(o => o.Id).ToListAsync()).Order()];

            var parameters = new SqlParameters();
            var sql = $"SELECT o.id FROM offers o WHERE o.title = {parameters.Add(title)}";
            if (OfferVisibility.Sql(OfferCaller.Of(viewer), parameters) is { } condition)
            {
                sql += " AND " + condition;
            }

            await using var command = new Npgsql.NpgsqlCommand(sql + " ORDER BY o.id", connection);
            parameters.CopyTo(command);
            var inSql = new List<long>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    inSql.Add(reader.GetInt64(0));
                }
            }

            Assert.Equal(expected, inMemory);
            Assert.Equal(expected, inEf);
            Assert.Equal(expected, inSql);
        }
    }

    [Fact]
    public async Task Employers_and_operators_reserve_offers_by_UAI_on_create_update_and_upsert()
    {
        var people = new OfferPeople(api);
        var scenario = people.Scenario;
        var (a, b) = (await scenario.SchoolAsync(), await scenario.SchoolAsync());
        var (member, _) = await people.EmployerMemberAsync();
        var title = $"Réservation {Interlocked.Increment(ref s_serial)}-{Guid.NewGuid():N}";
        const string Schools = "reservedToSchools { uai }";

        var created = await member.MutateAsync("createOffer", OfferInputs.Seconde(title).With("publish", true).WithList("reservedToSchools", b.Uai, $" {a.Uai.ToLowerInvariant()} ", b.Uai));
        var id = created["offer"]!["id"]!.GetValue<string>();
        Assert.Equal(Sorted(a.Uai, b.Uai), await ReservedUaisAsync(member, id));
        Assert.Empty(await api.GraphQL.SearchByTitleAsync(title));

        // Null or left out: unchanged. An unknown or malformed code, or too many: refused, nothing changed.
        await member.SucceedAsync("updateOffer", new Dictionary<string, object?> { ["offerId"] = id, ["seats"] = 4, ["reservedToSchools"] = null });
        Assert.Equal(Sorted(a.Uai, b.Uai), await ReservedUaisAsync(member, id));
        var unknown = await member.MutateAsync("updateOffer", new { offerId = id, seats = 5, reservedToSchools = new[] { a.Uai, "0999999Z" } });
        Assert.Equal(["reservedToSchools[1]"], OfferManagementClient.Fields(unknown));
        var malformed = await member.MutateAsync("updateOffer", new Dictionary<string, object?> { ["offerId"] = id, ["reservedToSchools"] = NotUaiCodes });
        Assert.Equal(["reservedToSchools[0]"], OfferManagementClient.Fields(malformed));
        var tooMany = await member.MutateAsync("updateOffer", new { offerId = id, reservedToSchools = Enumerable.Repeat(a.Uai, OfferVisibility.MaxReservedSchools + 1) });
        Assert.Equal(["reservedToSchools"], OfferManagementClient.Fields(tooMany));
        Assert.Equal(Sorted(a.Uai, b.Uai), await ReservedUaisAsync(member, id));
        Assert.Equal(4, (await member.QueryAsync("query ($id: ID!) { offer(id: $id) { seats } }", new { id }))["offer"]!["seats"]!.GetValue<int>());

        await member.SucceedAsync("updateOffer", new { offerId = id, reservedToSchools = new[] { b.Uai } });
        Assert.Equal([b.Uai], await ReservedUaisAsync(member, id));
        var pupilOfA = await scenario.AsPupilAsync(await scenario.PupilAsync(a));
        Assert.Empty(await pupilOfA.SearchByTitleAsync(title));
        var pupilOfB = await scenario.AsPupilAsync(await scenario.PupilAsync(b));
        Assert.Equal([id], await pupilOfB.SearchByTitleAsync(title));
        var shown = await pupilOfB.QueryAsync($"query ($id: ID!) {{ offer(id: $id) {{ {Schools} }} }}", new { id });
        Assert.Null(shown["offer"]!["reservedToSchools"]);

        // An empty list opens the offer to all.
        await member.SucceedAsync("updateOffer", new { offerId = id, reservedToSchools = Array.Empty<string>() });
        Assert.Equal([id], await api.GraphQL.SearchByTitleAsync(title));
        Assert.Empty(await ReservedUaisAsync(member, id));

        // Upsert: a new offer with codes, a known one left out keeps them, given empty opens it; an unknown code writes nothing.
        var @operator = await people.OperatorAsync();
        var item = OfferInputs.Seconde(title).With("newEmployer", OfferInputs.NewEmployer()).With("remoteId", "r-1").With("publish", true);
        var upserted = await UpsertAsync(@operator, item.WithList("reservedToSchools", a.Uai));
        var upsertedId = upserted["offers"]![0]!["id"]!.GetValue<string>();
        Assert.Equal([a.Uai], await ReservedUaisAsync(@operator, upsertedId));
        Assert.Equal(Sorted(id, upsertedId), Sorted(await pupilOfA.SearchByTitleAsync(title)));
        Assert.Equal([id], await pupilOfB.SearchByTitleAsync(title));

        var refused = await UpsertAsync(@operator, item.With("reservedToSchools", null), OfferInputs.Seconde(title)
            .With("newEmployer", OfferInputs.NewEmployer()).With("remoteId", "r-2").WithList("reservedToSchools", "0999998Y"));
        Assert.Null(refused["offers"]);
        Assert.Equal("offers[1].reservedToSchools[0]", refused["errors"]![0]!["field"]!.GetValue<string>());

        var kept = await UpsertAsync(@operator, item.With("seats", 6));
        Assert.Equal(1, kept["updated"]!.GetValue<int>());
        Assert.Equal([a.Uai], await ReservedUaisAsync(@operator, upsertedId));
        await UpsertAsync(@operator, item.With("reservedToSchools", Array.Empty<string>()));
        Assert.Empty(await ReservedUaisAsync(@operator, upsertedId));
        Assert.Equal(Sorted(id, upsertedId), Sorted(await api.GraphQL.SearchByTitleAsync(title)));
    }

    private static async Task<JsonNode> UpsertAsync(GraphQLClient client, params Dictionary<string, object?>[] offers)
    {
        var data = await client.QueryAsync(
            "mutation ($input: UpsertOffersInput!) { upsertOffers(input: $input) { offers { id } updated " +
            "errors { __typename ... on UpsertOfferItemError { field } } } }", new { input = new { offers } });
        return data["upsertOffers"]!;
    }

    /// <summary>The offer's schools as its manager reads them (the offer may be unpublished: read through the search would miss it).</summary>
    private static async Task<string[]> ReservedUaisAsync(GraphQLClient manager, string id)
    {
        var data = await manager.QueryAsync("query ($id: ID!) { offer(id: $id) { reservedToSchools { uai } } }", new { id });
        return [.. data["offer"]!["reservedToSchools"]!.AsArray().Select(s => s!["uai"]!.GetValue<string>())];
    }

    private static string[] Sorted(params string[] values) => [.. values.Order(StringComparer.Ordinal)];

    private static Viewer Viewer(AccountKind kind, long? school = null, long? employer = null, long? @operator = null) =>
        new(1, kind, kind == AccountKind.Pupil ? 1 : null, kind == AccountKind.Staff ? 1 : null, null, school, null, employer, @operator);

    private async Task<GraphQLClient> StaffOfAsync(ApplicationScenario scenario, School school)
    {
        await using var db = api.CreateDbContext();
        var staff = new StaffMember
        {
            SchoolId = school.Id, FirstName = "Anne", LastName = "Proviseur", Role = StaffRole.Teacher,
            Email = $"prof{Interlocked.Increment(ref s_serial)}-{school.Id}@lycee.example",
        };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return await scenario.SignedInAsync(DevelopmentLogin.Staff(staff.Email));
    }

    private static IEnumerable<string> Ids(long[] ids) => ids.Order().Select(id => GlobalId.Encode("Offer", id));

    private static IEnumerable<string> Ids(JsonNode nodes) =>
        nodes.AsArray().Select(n => n!["id"]!.GetValue<string>()).Select(id => GlobalId.Parse(id, "Offer")).Order().Select(id => GlobalId.Encode("Offer", id));
}

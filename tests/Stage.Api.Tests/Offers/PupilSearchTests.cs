using System.Text.Json.Nodes;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// A signed-in pupil's view of <c>offers</c>: by default only the offers open to the pupil's grade; <c>viewer: {grade: ANY}</c>
/// widens it, <c>hideApplied</c> leaves out the offers applied to (withdrawn applications included). Pages, counts and
/// facets agree; expectations come from the offers' grades and the pupil's applications, as the test made them.
/// </summary>
public sealed class PupilSearchTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Search = """
        query ($title: String!, $viewer: OfferViewerInput) {
          offers(first: 100, where: { title: { eq: $title } }, viewer: $viewer) {
            totalCount facets { sectors { count } } nodes { id viewerApplication { status } }
          }
        }
        """;

    private static int s_serial;

    [Fact]
    public async Task A_pupil_sees_their_grade_by_default_and_may_widen_it_or_hide_what_they_applied_to()
    {
        var scenario = new ApplicationScenario(api);
        var title = Title();
        var (employer, _) = await scenario.EmployerAsync();
        var offers = new List<Offer>();
        foreach (Grade[] grades in new Grade[][] { [Grade.Seconde], [Grade.Seconde], [Grade.Quatrieme, Grade.Troisieme], [Grade.Troisieme], [Grade.Quatrieme] })
        {
            var isCollege = !grades.Contains(Grade.Seconde);
            offers.Add(await scenario.OfferAsync(employer, o =>
            {
                (o.Title, o.Grades) = (title, grades);
                if (isCollege)
                {
                    o.Weeks = [new DateOnly(2026, 3, 9)];
                }
            }));
        }

        var lycee = await scenario.SchoolAsync();
        var college = await scenario.SchoolAsync(SchoolKind.College);
        var seconde = await scenario.AsPupilAsync(await scenario.PupilAsync(lycee));
        var pupils = new (GraphQLClient Client, Grade Grade)[]
        {
            (seconde, Grade.Seconde),
            (await scenario.AsPupilAsync(await scenario.PupilAsync(college, Grade.Troisieme)), Grade.Troisieme),
            (await scenario.AsPupilAsync(await scenario.PupilAsync(college, Grade.Quatrieme)), Grade.Quatrieme),
        };

        // The 2nde pupil applied to the first offer and withdrew from the second: both count as applied to.
        await ApplicationScenario.ApplyAsync(seconde, offers[0]);
        var withdrawn = (await ApplicationScenario.ApplyAsync(seconde, offers[1]))["application"]!["id"]!.GetValue<string>();
        Assert.Null((await ApplicationScenario.ChangeAsync(seconde, "withdrawApplication", withdrawn))["errors"]);
        var applied = new Dictionary<Grade, long[]> { [Grade.Seconde] = [offers[0].Id, offers[1].Id], [Grade.Troisieme] = [], [Grade.Quatrieme] = [] };

        foreach (var (client, grade) in pupils)
        {
            var own = offers.Where(o => o.Grades.Contains(grade)).Select(o => o.Id).ToArray();
            await AssertFindsAsync(client, title, null, own);
            await AssertFindsAsync(client, title, new { grade = "OWN" }, own);
            await AssertFindsAsync(client, title, new { grade = "ANY" }, [.. offers.Select(o => o.Id)]);
            await AssertFindsAsync(client, title, new { hideApplied = true }, [.. own.Except(applied[grade])]);
            await AssertFindsAsync(client, title, new { grade = "ANY", hideApplied = true }, [.. offers.Select(o => o.Id).Except(applied[grade])]);
        }
    }

    [Fact]
    public async Task Anyone_else_sees_every_grade_and_may_not_ask_for_a_pupils_restrictions()
    {
        var scenario = new ApplicationScenario(api);
        var title = Title();
        var (employer, member) = await scenario.EmployerAsync();
        long[] all =
        [
            (await scenario.OfferAsync(employer, o => o.Title = title)).Id,
            (await scenario.OfferAsync(employer, o => (o.Title, o.Grades, o.Weeks) = (title, [Grade.Troisieme], [new DateOnly(2026, 3, 9)]))).Id,
        ];

        foreach (var client in new[] { api.GraphQL, await scenario.AsEmployerAsync(member) })
        {
            await AssertFindsAsync(client, title, null, all);
            await AssertFindsAsync(client, title, new { grade = "ANY", hideApplied = false }, all);
            foreach (var (viewer, argument) in new (object, string)[] { (new { grade = "OWN" }, "viewer.grade"), (new { hideApplied = true }, "viewer.hideApplied") })
            {
                var refused = await client.PostAsync(Search, new { title, viewer });
                Assert.Equal("PUPILS_ONLY", refused.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
                Assert.Equal(argument, refused.Errors[0]!["extensions"]!["argument"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task Viewer_application_adds_one_command_to_a_page_of_a_hundred_offers()
    {
        var scenario = new ApplicationScenario(api);
        var title = Title();
        var (employer, _) = await scenario.EmployerAsync();
        var offers = new List<Offer>();
        for (var i = 0; i < 100; i++)
        {
            offers.Add(await scenario.OfferAsync(employer, o => o.Title = title));
        }

        var pupil = await scenario.AsPupilAsync(await scenario.PupilAsync(await scenario.SchoolAsync()));
        await ApplicationScenario.ApplyAsync(pupil, offers[7]);
        await ApplicationScenario.ApplyAsync(pupil, offers[42]);

        int Commands(SqlCommandCounter counter) => counter.Statements.Count;
        int without, with;
        JsonNode page;
        using (var counter = new SqlCommandCounter(api.Database.Name))
        {
            await pupil.QueryAsync("query ($title: String!) { offers(first: 100, where: { title: { eq: $title } }) { nodes { id } } }", new { title });
            without = Commands(counter);
        }

        using (var counter = new SqlCommandCounter(api.Database.Name))
        {
            page = (await pupil.QueryAsync(Search, new { title, viewer = (object?)null }))["offers"]!;
            with = Commands(counter);
        }

        // The search (grade, page, count and facets) plus one command for every viewerApplication of the page.
        var countAndFacets = 1;
        Assert.Equal(without + countAndFacets + 1, with);
        Assert.Equal(100, page["nodes"]!.AsArray().Count);
        Assert.Equal(2, page["nodes"]!.AsArray().Count(n => n!["viewerApplication"] is not null));

        var hidden = (await pupil.QueryAsync(Search, new { title, viewer = new { hideApplied = true } }))["offers"]!;
        Assert.Equal(98, hidden["totalCount"]!.GetValue<int>());
        Assert.All(hidden["nodes"]!.AsArray(), n => Assert.Null(n!["viewerApplication"]));
    }

    private static string Title() => $"Vue élève {Interlocked.Increment(ref s_serial)}-{Guid.NewGuid():N}";

    private static async Task AssertFindsAsync(GraphQLClient client, string title, object? viewer, long[] expected)
    {
        var offers = (await client.QueryAsync(Search, new { title, viewer }))["offers"]!;
        var ids = offers["nodes"]!.AsArray().Select(n => GlobalId.Parse(n!["id"]!.GetValue<string>(), "Offer")).Order().ToArray();
        Assert.Equal([.. expected.Order()], ids);
        Assert.Equal(expected.Length, offers["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Length, offers["facets"]!["sectors"]!.AsArray().Sum(s => s!["count"]!.GetValue<int>()));
    }
}

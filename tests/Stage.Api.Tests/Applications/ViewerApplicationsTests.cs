using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Applications;

/// <summary><c>me { applications }</c>: each party lists what it is party to, by keyset pages in both directions.</summary>
public sealed class ViewerApplicationsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = """
        query ($first: Int, $after: String, $last: Int, $before: String, $where: ApplicationFilterInput) {
          me { applications(first: $first, after: $after, last: $last, before: $before, where: $where) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { id status pupil { lastName } offer { id } }
          } }
        }
        """;

    [Fact]
    public async Task Pupils_and_hosts_list_their_applications_page_by_page_in_both_directions()
    {
        var scenario = new ApplicationScenario(api);
        var school = await scenario.SchoolAsync();
        var pupil = await scenario.PupilAsync(school);
        var pupilClient = await scenario.AsPupilAsync(pupil);
        var (employer, member) = await scenario.EmployerAsync();
        var (otherEmployer, _) = await scenario.EmployerAsync();
        var applied = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var offer = await scenario.OfferAsync(i < 5 ? employer : otherEmployer);
            applied.Add((await ApplicationScenario.ApplyAsync(pupilClient, offer))["application"]!["id"]!.GetValue<string>());
        }

        var forward = await WalkAsync(pupilClient, backward: false);
        var backward = await WalkAsync(pupilClient, backward: true);
        Assert.Equal(Enumerable.Reverse(applied), forward);
        Assert.Equal(forward, backward);

        var host = await scenario.AsEmployerAsync(member);
        var hostPage = (await host.QueryAsync(Query, new { first = 50 }))["me"]!["applications"]!;
        Assert.Equal(5, hostPage["totalCount"]!.GetValue<int>());
        Assert.All(hostPage["nodes"]!.AsArray(), n => Assert.Equal(pupil.LastName, n!["pupil"]!["lastName"]!.GetValue<string>()));

        await ApplicationScenario.ChangeAsync(host, "rejectApplication", applied[0]);
        var rejected = (await pupilClient.QueryAsync(Query, new { first = 50, where = new { status = new { eq = "REJECTED" } } }))["me"]!["applications"]!;
        Assert.Equal([applied[0]], rejected["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    private static async Task<List<string>> WalkAsync(GraphQLClient client, bool backward)
    {
        var ids = new List<string>();
        string? cursor = null;
        while (true)
        {
            var page = (await client.QueryAsync(Query, backward ? new { last = 3, before = cursor } : (object)new { first = 3, after = cursor }))["me"]!["applications"]!;
            var nodes = page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
            ids = backward ? [.. nodes, .. ids] : [.. ids, .. nodes];
            var info = page["pageInfo"]!;
            if (!info[backward ? "hasPreviousPage" : "hasNextPage"]!.GetValue<bool>())
            {
                return ids;
            }

            cursor = info[backward ? "startCursor" : "endCursor"]!.GetValue<string>();
        }
    }
}

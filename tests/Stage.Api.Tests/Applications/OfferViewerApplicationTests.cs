using Stage.Api.Kit.Relay;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Applications;

/// <summary><c>Offer.viewerApplication</c>: a pupil sees which offers of a page they applied to, in one SQL command for the page.</summary>
public sealed class OfferViewerApplicationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "{ offers(first: 100, where: { remainingSeats: { gte: 0 } }) { nodes { id viewerApplication { id status } } } }";

    [Fact]
    public async Task A_pupil_sees_their_own_applications_on_a_page_of_offers_read_in_one_command()
    {
        var scenario = new ApplicationScenario(api);
        var school = await scenario.SchoolAsync();
        var (employer, member) = await scenario.EmployerAsync();
        var offers = new List<Stage.Api.Offers.Offer>();
        for (var i = 0; i < 30; i++)
        {
            offers.Add(await scenario.OfferAsync(employer));
        }

        var pupil = await scenario.AsPupilAsync(await scenario.PupilAsync(school));
        var other = await scenario.AsPupilAsync(await scenario.PupilAsync(school));
        var applied = new Dictionary<string, string>();
        foreach (var offer in new[] { offers[3], offers[17] })
        {
            var application = (await ApplicationScenario.ApplyAsync(pupil, offer))["application"]!["id"]!.GetValue<string>();
            applied.Add(GlobalId.Encode("Offer", offer.Id), application);
        }

        await ApplicationScenario.ApplyAsync(other, offers[5]);

        Dictionary<string, string?> seen;
        using (var counter = new SqlCommandCounter(api.Database.Name))
        {
            seen = ViewerApplications(await pupil.QueryAsync(Query));
            Assert.Single(counter.Statements, s => s.Contains("FROM applications", StringComparison.Ordinal));
        }

        Assert.True(seen.Count >= 30);
        Assert.Equal(applied.OrderBy(a => a.Key), seen.Where(s => s.Value is not null).Select(s => KeyValuePair.Create(s.Key, s.Value!)).OrderBy(s => s.Key));
        Assert.All(ViewerApplications(await api.GraphQL.QueryAsync(Query)).Values, Assert.Null);
        Assert.All(ViewerApplications(await (await scenario.AsEmployerAsync(member)).QueryAsync(Query)).Values, Assert.Null);
    }

    private static Dictionary<string, string?> ViewerApplications(System.Text.Json.Nodes.JsonNode data) =>
        data["offers"]!["nodes"]!.AsArray().ToDictionary(
            n => n!["id"]!.GetValue<string>(),
            n => n!["viewerApplication"]?["id"]?.GetValue<string>());
}

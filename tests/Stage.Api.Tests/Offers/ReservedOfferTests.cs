using Stage.Api.Identity.Development;
using Stage.Api.Kit.Relay;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers;

/// <summary>
/// An offer reserved to a school exists only for that school's pupils and staff, its host and administrators: listed,
/// counted, faceted and read by id for them; for anyone else, anonymous callers included, it does not exist.
/// </summary>
public sealed class ReservedOfferTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Search = "{ offers(first: 50) { totalCount facets { sectors { count } } nodes { id } } }";
    private const string ById = "query ($id: ID!) { offer(id: $id) { id } node(id: $id) { id } }";

    [Fact]
    public async Task A_reserved_offer_is_seen_only_by_its_school_its_host_and_administrators()
    {
        var scenario = new ApplicationScenario(api);
        var (school, otherSchool) = (await scenario.SchoolAsync(), await scenario.SchoolAsync());
        var (employer, member) = await scenario.EmployerAsync();
        var open = await scenario.OfferAsync(employer);
        var reserved = await scenario.OfferAsync(employer, o => o.ReservedSchoolId = school.Id);
        var reservedId = GlobalId.Encode("Offer", reserved.Id);

        var insiders = new[]
        {
            await scenario.AsPupilAsync(await scenario.PupilAsync(school)),
            await scenario.AsEmployerAsync(member),
            api.GraphQLWithToken(await api.TokenForAsync(DevelopmentLogin.Admin("reserved-check"))),
        };
        var outsiders = new[] { api.GraphQL, await scenario.AsPupilAsync(await scenario.PupilAsync(otherSchool)) };

        foreach (var insider in insiders)
        {
            var found = await insider.QueryAsync(Search);
            Assert.Contains(reservedId, Ids(found));
            Assert.Equal(2, found["offers"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(2, found["offers"]!["facets"]!["sectors"]!.AsArray().Sum(s => s!["count"]!.GetValue<int>()));
            var byId = await insider.QueryAsync(ById, new { id = reservedId });
            Assert.Equal(reservedId, byId["offer"]!["id"]!.GetValue<string>());
            Assert.Equal(reservedId, byId["node"]!["id"]!.GetValue<string>());
        }

        foreach (var outsider in outsiders)
        {
            var found = await outsider.QueryAsync(Search);
            Assert.Equal([GlobalId.Encode("Offer", open.Id)], Ids(found));
            Assert.Equal(1, found["offers"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(1, found["offers"]!["facets"]!["sectors"]!.AsArray().Sum(s => s!["count"]!.GetValue<int>()));
            var byId = await outsider.QueryAsync(ById, new { id = reservedId });
            Assert.Null(byId["offer"]);
            Assert.Null(byId["node"]);
        }

        var refused = await ApplicationScenario.ApplyAsync(outsiders[1], reserved);
        Assert.Null(refused["application"]);
        Assert.Equal("OfferNotAvailableError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    private static string[] Ids(System.Text.Json.Nodes.JsonNode data) =>
        [.. data["offers"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}

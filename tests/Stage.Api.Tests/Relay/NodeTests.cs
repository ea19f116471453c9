using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Relay;

public sealed class NodeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string NodeQuery = """
        query ($id: ID!) {
          node(id: $id) {
            __typename
            id
            ... on Offer { title employer { id name } sector { code } }
            ... on Employer { name kind }
            ... on Sector { code name }
          }
        }
        """;

    [Fact]
    public async Task Offer_ids_round_trip_through_node_and_offer()
    {
        var (offerId, employerId) = await AddPublishedOfferAsync();

        var data = await api.GraphQL.QueryAsync(NodeQuery, new { id = offerId });
        Assert.Equal("Offer", data["node"]!["__typename"]!.GetValue<string>());
        Assert.Equal(offerId, data["node"]!["id"]!.GetValue<string>());
        Assert.Equal(employerId, data["node"]!["employer"]!["id"]!.GetValue<string>());
        Assert.Equal("s28", data["node"]!["sector"]!["code"]!.GetValue<string>());

        var viaOffer = await api.GraphQL.QueryAsync("query ($id: ID!) { offer(id: $id) { id title } }", new { id = offerId });
        Assert.Equal(offerId, viaOffer["offer"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Employer_and_sector_ids_round_trip()
    {
        var (_, employerId) = await AddPublishedOfferAsync();

        var employer = await api.GraphQL.QueryAsync(NodeQuery, new { id = employerId });
        Assert.Equal("MICRO_ENTERPRISE", employer["node"]!["kind"]!.GetValue<string>());

        var sectors = await api.GraphQL.QueryAsync("{ sectors { id code } }");
        var s51 = sectors["sectors"]!.AsArray().Single(s => s!["code"]!.GetValue<string>() == "s51")!;
        var sector = await api.GraphQL.QueryAsync(NodeQuery, new { id = s51["id"]!.GetValue<string>() });
        Assert.Equal("Agriculture", sector["node"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_but_well_formed_ids_give_null()
    {
        foreach (var id in new[] { GlobalId.Encode("Offer", 987654321), GlobalId.Encode("Employer", 987654321), GlobalId.Encode("Nothing", 1) })
        {
            var data = await api.GraphQL.QueryAsync(NodeQuery, new { id });
            Assert.Null(data["node"]);
        }
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("T2ZmZXI6")]
    [InlineData("T2ZmZXI6LTE")]
    [InlineData("")]
    public async Task Malformed_ids_give_an_invalid_id_error(string id)
    {
        var response = await api.GraphQL.PostAsync(NodeQuery, new { id });
        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.Null(response.Data!["node"]);
    }

    [Fact]
    public async Task Offer_rejects_an_id_of_another_type()
    {
        var (_, employerId) = await AddPublishedOfferAsync();
        var response = await api.GraphQL.PostAsync("query ($id: ID!) { offer(id: $id) { id } }", new { id = employerId });
        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
    }

    [Fact]
    public async Task Unpublished_and_removed_offers_are_not_visible()
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        foreach (var status in new[] { OfferStatus.Unpublished, OfferStatus.Removed })
        {
            var offer = await db.AddOfferAsync(employer, o => o.Status = status);
            var data = await api.GraphQL.QueryAsync(NodeQuery, new { id = GlobalId.Encode("Offer", offer.Id) });
            Assert.Null(data["node"]);
        }
    }

    [Fact]
    public async Task Nodes_keeps_the_order_and_nulls_of_the_ids()
    {
        var (offerId, employerId) = await AddPublishedOfferAsync();
        var missing = GlobalId.Encode("Offer", 999999999);
        var data = await api.GraphQL.QueryAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            new { ids = new[] { employerId, missing, offerId, employerId } });

        var ids = data["nodes"]!.AsArray().Select(n => n?["id"]?.GetValue<string>()).ToArray();
        Assert.Equal(new[] { employerId, null, offerId, employerId }, ids);
    }

    [Fact]
    public async Task Nodes_refuses_more_than_100_ids()
    {
        var ids = Enumerable.Range(1, 101).Select(i => GlobalId.Encode("Offer", i)).ToArray();
        var response = await api.GraphQL.PostAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal(["TOO_MANY_IDS"], response.ErrorCodes);
    }

    private async Task<(string OfferId, string EmployerId)> AddPublishedOfferAsync()
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        var offer = await db.AddOfferAsync(employer);
        return (GlobalId.Encode("Offer", offer.Id), GlobalId.Encode("Employer", employer.Id));
    }
}

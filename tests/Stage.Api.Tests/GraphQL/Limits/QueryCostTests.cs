using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Limits;

/// <summary>The price of a request, requested and actual, is reported in extensions.cost; past the maximum it is refused.</summary>
public sealed class QueryCostTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string OffersPage = "query ($n: Int) { offers(first: $n) { totalCount nodes { title employer { name } } } }";

    [Fact]
    public async Task A_page_is_priced_by_its_size_including_from_variables()
    {
        // The same document each time: after the first, it comes from the validated-document cache.
        // offers 5 + connection 1 + totalCount 5 + n × (offer 1 + employer 1)
        Assert.Equal(11 + (2 * 20), Requested(await api.GraphQL.PostAsync(OffersPage)));
        Assert.Equal(11 + (2 * 100), Requested(await api.GraphQL.PostAsync(OffersPage, new { n = 100 })));
        Assert.Equal(11 + (2 * 3), Requested(await api.GraphQL.PostAsync(OffersPage, new { n = 3 })));
    }

    [Fact]
    public async Task The_actual_cost_counts_what_was_fetched()
    {
        await using (var db = api.CreateDbContext())
        {
            var employer = await db.AddEmployerAsync();
            await db.AddOfferAsync(employer);
            await db.AddOfferAsync(employer);
        }

        var cost = (await api.GraphQL.PostAsync(OffersPage, new { n = 50 })).Body!["extensions"]!["cost"]!;
        Assert.Equal(11 + (2 * 50), cost["requestedQueryCost"]!.GetValue<int>());
        Assert.Equal(11 + (2 * 2), cost["actualQueryCost"]!.GetValue<int>());
        Assert.Equal(5000, cost["maximumQueryCost"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_request_over_the_maximum_is_refused_before_it_runs()
    {
        var response = await ConfiguredApi.With(api, ("GraphQL:Limits:MaxCost", "100")).Client().PostAsync(OffersPage, new { n = 100 });
        Assert.Equal(["MAX_COST_EXCEEDED"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.Equal(211, Requested(response));
        Assert.Equal(0, response.Body!["extensions"]!["cost"]!["actualQueryCost"]!.GetValue<int>());
    }

    [Fact]
    public async Task Configured_field_costs_apply()
    {
        var client = ConfiguredApi.With(api, ("GraphQL:Limits:FieldCosts:Query.sectors", "7"), ("GraphQL:Limits:ListSizes:Query.sectors", "3")).Client();
        var response = await client.PostAsync("{ sectors { code } }");
        Assert.Equal(7 + 3, Requested(response));
        Assert.Equal(7 + 51, response.Body!["extensions"]!["cost"]!["actualQueryCost"]!.GetValue<int>());
    }

    [Fact]
    public async Task Configured_list_sizes_price_unpaged_lists()
    {
        var client = ConfiguredApi.With(api, ("GraphQL:Limits:ListSizes:Query.sectors", "4")).Client();
        Assert.Equal(4, Requested(await client.PostAsync("{ sectors { code } }")));
        Assert.Equal(60, Requested(await api.GraphQL.PostAsync("{ sectors { code } }")));
    }

    private static int Requested(GraphQLResponse response) =>
        (response.Body!["extensions"]?["cost"]?["requestedQueryCost"] ?? JsonValue.Create(-1)).GetValue<int>();
}

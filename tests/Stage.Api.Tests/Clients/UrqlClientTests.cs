using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Clients;

/// <summary>
/// urql (@urql/core 6.0.3) with its default exchanges and fetch, against the API on a loopback port: queries sent as
/// GET, cursor paging both ways, a typed refusal, subscriptions over graphql-sse, graphql-ws and its own fetch.
/// </summary>
public sealed class UrqlClientTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task Urql_pages_both_ways_reads_typed_errors_and_follows_an_application_over_each_transport()
    {
        var scenario = await ClientScenario.CreateAsync(api.Api);

        var results = JsonNode.Parse(await NodeScript.RunInAsync("clients", "urql.mjs", TimeSpan.FromMinutes(2), scenario.ToJson(api.Address)))!;

        var paging = results["paging"]!;
        Assert.Equal(ClientScenario.Titles[..2], Titles(paging["first"]!));
        Assert.Equal(5, paging["first"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(ClientScenario.Titles[2..4], Titles(paging["second"]!));
        Assert.True(paging["second"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(ClientScenario.Titles[..2], Titles(paging["back"]!));
        Assert.Equal(scenario.OfferIds[0], paging["back"]!["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(["GET", "GET", "GET"], paging["methods"]!.AsArray().Select(m => m!.GetValue<string>()));

        Assert.Equal([("SUBMITTED", "READ")], Changes(results["ws"]!));
        Assert.Equal([("SUBMITTED", "READ"), ("READ", "ACCEPTED_BY_EMPLOYER")], Changes(results["sse"]!));
        Assert.Equal([("SUBMITTED", "READ"), ("READ", "ACCEPTED_BY_EMPLOYER")], Changes(results["fetch"]!));
        Assert.Equal("AlreadyAppliedError", results["again"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    private static string[] Titles(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToArray();

    private static (string From, string To)[] Changes(JsonNode events) =>
        events.AsArray().Select(e => (e!["from"]!.GetValue<string>(), e["to"]!.GetValue<string>())).ToArray();
}

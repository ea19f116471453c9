using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Clients;

/// <summary>
/// relay-compiler 21.0.1 compiles a connection fragment (@connection, @refetchable on Query) and a @refetchable Offer
/// fragment against schema/stage.graphql; relay-runtime 21.0.1 runs the artifacts against the API on a loopback port.
/// </summary>
public sealed class RelayClientTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task Relay_appends_the_next_page_to_the_connection_and_refetches_an_offer_through_node()
    {
        var scenario = await ClientScenario.CreateAsync(api.Api);

        var results = JsonNode.Parse(await NodeScript.RunInAsync("clients", "relay.mjs", TimeSpan.FromMinutes(2), scenario.ToJson(api.Address)))!;

        Assert.Contains("ClientsRelayOffersPaginationQuery.graphql.js", Strings(results["artifacts"]!));
        Assert.Contains("ClientsRelayOfferRefetchQuery.graphql.js", Strings(results["artifacts"]!));
        Assert.Equal(ClientScenario.Titles[..2], Strings(results["firstPage"]!["titles"]!));
        var appended = results["appended"]!;
        Assert.Equal(ClientScenario.Titles[..4], Strings(appended["titles"]!));
        Assert.True(appended["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(5, appended["totalCount"]!.GetValue<int>());
        var offer = results["offer"]!;
        Assert.Equal(scenario.OfferIds[2], offer["id"]!.GetValue<string>());
        Assert.Equal(ClientScenario.Titles[2], offer["title"]!.GetValue<string>());
        Assert.Equal(3, offer["remainingSeats"]!.GetValue<int>());
        Assert.Equal(["ClientsRelayQuery", "ClientsRelayOffersPaginationQuery", "ClientsRelayOfferRefetchQuery"], Strings(results["requests"]!));
    }

    private static string[] Strings(JsonNode array) => array.AsArray().Select(s => s!.GetValue<string>()).ToArray();
}

using System.Text.Json.Nodes;
using Stage.Api.Tests.ApiKeys;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// The real clients, run by Node.js against the API on a loopback port: the reference clients npm graphql-ws 6.4.2
/// (createClient) and graphql-sse, and Apollo's legacy subscriptions-transport-ws 0.11.0 (the graphql-ws
/// subprotocol): subscribe with resumption, live changes, a query, refusals.
/// </summary>
public sealed class ReferenceClientTests(LoopbackApi loopback) : IClassFixture<LoopbackApi>
{
    private const string Portal = "https://stages.portail.example";

    [Fact]
    public async Task The_reference_clients_subscribe_resume_and_receive_changes()
    {
        var scenario = await RealtimeScenario.CreateAsync(loopback.Api);

        var output = await NodeScript.RunAsync("realtime.mjs", TimeSpan.FromMinutes(1),
            loopback.Address + "/graphql", scenario.PupilToken, scenario.EmployerToken, scenario.ApplicationId);

        var results = JsonNode.Parse(output)!;
        var overWebSocket = results["ws"]!["data"]!["applicationStatusChanged"]!;
        Assert.Equal("SUBMITTED", overWebSocket["from"]!.GetValue<string>());
        Assert.Equal("READ", overWebSocket["to"]!.GetValue<string>());
        Assert.Equal(51, results["wsQuery"]!["data"]!["sectors"]!.AsArray().Count);
        var overSse = results["sse"]!["data"]!["applicationStatusChanged"]!;
        Assert.Equal("READ", overSse["from"]!.GetValue<string>());
        Assert.Equal("ACCEPTED_BY_EMPLOYER", overSse["to"]!.GetValue<string>());
        Assert.Equal(4403, results["refused"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_legacy_subscriptions_transport_ws_client_subscribes_resumes_queries_and_is_refused_clearly()
    {
        var scenario = await RealtimeScenario.CreateAsync(loopback.Api);
        // The scenario's offer is not in Mayotte: the key's territory leaves nothing to count.
        var key = await loopback.Api.CreateKeyAsync("--origins", Portal, "--departments", "976");

        var output = await NodeScript.RunAsync("legacy.mjs", TimeSpan.FromMinutes(1),
            loopback.Address + "/graphql", scenario.PupilToken, scenario.EmployerToken, scenario.ApplicationId, key, Portal);

        var results = JsonNode.Parse(output)!;
        var resumed = results["event"]!["data"]!["applicationStatusChanged"]!;
        Assert.Equal("SUBMITTED", resumed["from"]!.GetValue<string>());
        Assert.Equal("READ", resumed["to"]!.GetValue<string>());
        var query = results["query"]!.AsArray();
        Assert.Equal(51, query[0]!["next"]!["data"]!["sectors"]!.AsArray().Count);
        Assert.True(query[1]!["complete"]!.GetValue<bool>());
        Assert.Contains("noSuchField", results["invalid"]![0]!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(4403, results["refused"]!["code"]!.GetValue<int>());
        Assert.Equal("UNAUTHENTICATED", results["refused"]!["connectionError"]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(results["refused"]!["unexpected"]);
        Assert.Equal(0, results["portal"]![0]!["next"]!["data"]!["offers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(403, results["otherOrigin"]!["status"]!.GetValue<int>());
    }
}

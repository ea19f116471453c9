using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// The reference clients, npm graphql-ws 6.4.2 (createClient) and graphql-sse, run by Node.js against
/// the API on a real loopback port: subscribe with resumption, live changes, a query, a refused token.
/// </summary>
public sealed class ReferenceClientTests : IAsyncLifetime
{
    private readonly ApiFixture _api = new();

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();
        LoopbackServer.Start(_api.Factory);
    }

    [Fact]
    public async Task The_reference_clients_subscribe_resume_and_receive_changes()
    {
        var scenario = await RealtimeScenario.CreateAsync(_api);
        var address = LoopbackServer.AddressOf(_api.Factory);

        var output = await NodeScript.RunAsync("realtime.mjs", TimeSpan.FromMinutes(1),
            address + "/graphql", scenario.PupilToken, scenario.EmployerToken, scenario.ApplicationId);

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

    public Task DisposeAsync() => _api.DisposeAsync();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.GraphQL.Ide;

/// <summary>
/// A real browser (Debian's chromium, headless, driven by puppeteer-core) opens /graphql on a loopback port, gets
/// GraphiQL from this server alone with the example tabs, runs a query from its editor and shows
/// the answer, then runs the example subscription, resumed with <c>after</c>, over the WebSocket of the same origin.
/// </summary>
public sealed class GraphiQLBrowserTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task GraphiQL_runs_a_query_and_a_resumed_subscription_with_nothing_fetched_from_elsewhere()
    {
        var scenario = await RealtimeScenario.CreateAsync(api.Api);
        var submitted = await scenario.LastCursorAsync();
        await scenario.ChangeAsync("markApplicationRead");
        var follow = GraphiQLExample.All.Single(e => e.OperationName == "FollowApplication");
        var subscription = JsonSerializer.Serialize(new
        {
            name = follow.OperationName,
            query = follow.Query,
            variables = JsonSerializer.Serialize(new { applicationId = scenario.ApplicationId, after = submitted }),
            headers = JsonSerializer.Serialize(new { Authorization = "Bearer " + scenario.PupilToken }),
            expect = "\"to\": \"READ\"",
        });
        var address = api.Address;

        var output = JsonNode.Parse(await NodeScript.RunInAsync("browser", "graphiql.mjs", TimeSpan.FromMinutes(3), address + "/graphql", subscription))!;

        var sectors = output["response"]!["data"]!["sectors"]!.AsArray();
        Assert.Equal(51, sectors.Count);
        Assert.Equal("s1", sectors[0]!["code"]!.GetValue<string>());
        Assert.Empty(output["errors"]!.AsArray());
        var answers = output["answers"]!.AsArray().Select(a => JsonNode.Parse(a!["body"]!.GetValue<string>())!).ToList();
        Assert.Contains(answers, a => a["data"]?["__schema"] is not null); // GraphiQL's introspection passed the limits
        Assert.All(answers, a => Assert.Null(a["errors"]));
        var requests = output["requests"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains(requests, r => r.EndsWith("/graphql/ide/graphiql.min.js", StringComparison.Ordinal));
        Assert.All(requests.Where(r => !r.StartsWith("data:", StringComparison.Ordinal)), r => Assert.StartsWith(address + "/", r, StringComparison.Ordinal));

        Assert.Equal(GraphiQLExample.All.Select(e => e.OperationName), output["tabs"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal([address.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql"], output["sockets"]!.AsArray().Select(s => s!.GetValue<string>()));
        var change = output["subscription"]!["data"]!["applicationStatusChanged"]!;
        Assert.Equal(scenario.ApplicationId, change["applicationId"]!.GetValue<string>());
        Assert.Equal("SUBMITTED", change["from"]!.GetValue<string>());
        Assert.Equal("READ", change["to"]!.GetValue<string>());
    }
}

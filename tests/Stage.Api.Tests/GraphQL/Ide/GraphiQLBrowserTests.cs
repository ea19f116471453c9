using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Ide;

/// <summary>
/// A real browser (Debian's chromium, headless, driven by puppeteer-core) opens /graphql on a loopback port, gets
/// GraphiQL from this server alone, runs <c>{ sectors { code } }</c> from its editor and shows the answer.
/// </summary>
public sealed class GraphiQLBrowserTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task GraphiQL_runs_a_query_with_nothing_fetched_from_elsewhere()
    {
        var address = api.Address;
        var output = JsonNode.Parse(await NodeScript.RunInAsync("browser", "graphiql.mjs", TimeSpan.FromMinutes(3), address + "/graphql"))!;

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
    }
}

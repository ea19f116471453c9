using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Conformance;

/// <summary>
/// The public audit suite of npm graphql-http 1.23.1 (serverAudits), run by Node.js against the API
/// listening on a real loopback port: every MUST and every SHOULD audit must pass.
/// </summary>
public sealed class GraphQLHttpAuditTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task Every_must_and_should_audit_passes()
    {
        var output = await NodeScript.RunAsync("audit.mjs", TimeSpan.FromMinutes(2), api.Address + "/graphql");

        var audits = JsonNode.Parse(output)!["audits"]!.AsArray();
        Assert.True(audits.Count >= 61, $"Expected the full suite (61 audits), got {audits.Count}.");
        var failed = audits
            .Where(a => a!["status"]!.GetValue<string>() != "ok")
            .Select(a => $"{a!["name"]}: {a["reason"]} {a["response"]?.ToJsonString()}")
            .ToList();
        Assert.True(failed.Count == 0, "Failed audits:\n" + string.Join("\n", failed));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.ApiKeys;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Conformance;

/// <summary>
/// The public audit suite of npm graphql-http 1.23.1 (serverAudits), run by Node.js against the API
/// listening on a real loopback port: every MUST and every SHOULD audit must pass.
/// </summary>
public sealed class GraphQLHttpAuditTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task Every_must_and_should_audit_passes() => AssertAllPass(await NodeScript.RunAsync("audit.mjs", TimeSpan.FromMinutes(2), api.Address + "/graphql"));

    [Fact]
    public async Task Every_audit_passes_for_a_caller_with_a_territory_scoped_api_key_and_a_bearer_token()
    {
        var key = await api.Services.GetRequiredService<ApiKeyStore>().CreateAsync(
            new NewApiKey("Audited portal", ["11"], [], [], false, null), CancellationToken.None);
        var token = await TestTokens.ForAsync(api.Services, DevelopmentLogin.Admin("auditor"));
        var headers = JsonSerializer.Serialize(new Dictionary<string, string> { ["X-Api-Key"] = key.Secret, ["Authorization"] = "Bearer " + token });

        AssertAllPass(await NodeScript.RunAsync("audit.mjs", TimeSpan.FromMinutes(2), api.Address + "/graphql", headers));
    }

    private static void AssertAllPass(string output)
    {

        var audits = JsonNode.Parse(output)!["audits"]!.AsArray();
        Assert.True(audits.Count >= 61, $"Expected the full suite (61 audits), got {audits.Count}.");
        var failed = audits
            .Where(a => a!["status"]!.GetValue<string>() != "ok")
            .Select(a => $"{a!["name"]}: {a["reason"]} {a["response"]?.ToJsonString()}")
            .ToList();
        Assert.True(failed.Count == 0, "Failed audits:\n" + string.Join("\n", failed));
    }
}

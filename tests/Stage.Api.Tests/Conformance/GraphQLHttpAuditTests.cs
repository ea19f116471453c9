using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Conformance;

/// <summary>
/// The public audit suite of npm graphql-http 1.23.1 (serverAudits), run by Node.js against the API
/// listening on a real loopback port: every MUST and every SHOULD audit must pass.
/// </summary>
public sealed class GraphQLHttpAuditTests : IAsyncLifetime
{
    private TestDatabase? _database;
    private StageApiFactory? _factory;

    public async Task InitializeAsync()
    {
        _database = await StageMigrations.CreateDatabaseAsync();
        _factory = new StageApiFactory(_database.ConnectionString);
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
    }

    [Fact]
    public async Task Every_must_and_should_audit_passes()
    {
        var address = _factory!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var output = await NodeScript.RunAsync("audit.mjs", TimeSpan.FromMinutes(2), address + "/graphql");

        var audits = JsonNode.Parse(output)!["audits"]!.AsArray();
        Assert.True(audits.Count >= 61, $"Expected the full suite (61 audits), got {audits.Count}.");
        var failed = audits
            .Where(a => a!["status"]!.GetValue<string>() != "ok")
            .Select(a => $"{a!["name"]}: {a["reason"]} {a["response"]?.ToJsonString()}")
            .ToList();
        Assert.True(failed.Count == 0, "Failed audits:\n" + string.Join("\n", failed));
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

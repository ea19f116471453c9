using System.Text.Json;
using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Clients;

/// <summary>graphql-inspector (@graphql-inspector/core 8.0.0) compares the live schema, introspected, with schema/stage.graphql.</summary>
public sealed class SchemaInspectorTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task The_inspector_finds_no_change_between_the_live_schema_and_the_contract()
    {
        var scenario = JsonSerializer.Serialize(new { url = api.Address + "/graphql", repository = RepositoryPaths.Root });

        var results = JsonNode.Parse(await NodeScript.RunInAsync("clients", "inspector.mjs", TimeSpan.FromMinutes(1), scenario))!;

        Assert.Empty(results["changes"]!.AsArray());
        // The file's own syntax tree has the applied @oneOf and @specifiedBy that introspection gives as isOneOf and
        // specifiedByURL: the inspector reports those alone, none breaking.
        Assert.All(results["fromFile"]!.AsArray(), change =>
        {
            Assert.NotEqual("BREAKING", change!["criticality"]!.GetValue<string>());
            Assert.Matches("^Directive '(oneOf|specifiedBy)' was removed from (input object|scalar) '", change["message"]!.GetValue<string>());
        });
        var removed = Assert.Single(results["withoutAField"]!.AsArray())!;
        Assert.Equal("BREAKING", removed["criticality"]!.GetValue<string>());
        Assert.Equal("Field 'remainingSeats' was removed from object type 'Offer'", removed["message"]!.GetValue<string>());
    }
}

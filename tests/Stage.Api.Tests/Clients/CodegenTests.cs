using System.Text.Json;
using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Clients;

/// <summary>
/// graphql-codegen (core 6.2.1; typescript 6.1.0 and typescript-operations 6.1.9, default settings) types operations
/// against schema/stage.graphql, and tsc 5.9.3 --strict compiles code written against the output.
/// </summary>
public sealed class CodegenTests
{
    [Fact]
    public async Task The_generated_types_compile_strictly_and_catch_a_field_no_operation_selected()
    {
        var results = JsonNode.Parse(await NodeScript.RunInAsync("clients", "codegen.mjs", TimeSpan.FromMinutes(2),
            JsonSerializer.Serialize(new { repository = RepositoryPaths.Root })))!;

        var operations = results["types"]!["operations.ts"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Contains("SearchOffersQuery", operations);
        Assert.Contains("ApplyMutation", operations);
        Assert.Contains("FollowApplicationSubscription", operations);
        Assert.Contains("OfferSortInput", results["types"]!["schema-types.ts"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.True(results["consumer"]!["exitCode"]!.GetValue<int>() == 0, results["consumer"]!["output"]!.GetValue<string>());
        Assert.NotEqual(0, results["mistaken"]!["exitCode"]!.GetValue<int>());
        Assert.Contains("Property 'salary' does not exist", results["mistaken"]!["output"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}

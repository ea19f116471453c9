using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Ide;

/// <summary>The example operations GraphiQL opens in tabs on a first visit (<c>ide/examples.json</c>).</summary>
public sealed record GraphiQLExample(string Query, JsonObject Variables, JsonObject? Headers)
{
    public static IReadOnlyList<GraphiQLExample> All { get; } = Read();

    /// <summary>The operation's name, as GraphiQL titles its tab.</summary>
    public string OperationName => GraphQLParser.Parser.Parse(Query).Definitions
        .OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single().Name!.StringValue;

    private static List<GraphiQLExample> Read()
    {
        var examples = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "ide", "examples.json")))!.AsArray();
        return [.. examples.Select(e => new GraphiQLExample(
            string.Join('\n', e!["query"]!.AsArray().Select(line => line!.GetValue<string>())),
            e["variables"]!.AsObject(),
            e["headers"]?.AsObject()))];
    }
}

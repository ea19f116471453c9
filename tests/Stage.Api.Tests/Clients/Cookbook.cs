using System.Text.RegularExpressions;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Clients;

/// <summary>The examples of docs/COOKBOOK.md, by the name on the <c>&lt;!-- example: name --&gt;</c> line above each block.</summary>
public static partial class Cookbook
{
    public static IReadOnlyDictionary<string, string> Examples { get; } = Read();

    public static string Example(string name) =>
        Examples.TryGetValue(name, out var text) ? text : throw new InvalidOperationException($"docs/COOKBOOK.md has no example named {name}.");

    private static Dictionary<string, string> Read()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "COOKBOOK.md")).ReplaceLineEndings("\n");
        return ExampleBlock().Matches(markdown).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["text"].Value);
    }

    [GeneratedRegex(@"^<!-- example: (?<name>[\w-]+) -->\n```\w+\n(?<text>.*?)\n```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ExampleBlock();
}

using System.Text.RegularExpressions;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Architecture;

/// <summary>
/// The shape of src/Stage.Api, read from each file's namespace and <c>using</c> directives: the kit
/// depends on no feature, and folders depend on each other without cycles, except Applications on
/// Agreements (confirming an application creates its agreement), which stays one-way. Data (the
/// DbContext knows every entity) and Commands (the command line) compose everything and are left out.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string[] Composition = ["Data", "Commands", "Program"];
    private static readonly string[] Features = ["Offers", "Applications", "Agreements", "Schools", "Identity", "Geography", "ApiKeys", "RateLimits"];

    [Fact]
    public void The_kit_depends_on_no_feature()
    {
        var edges = FolderEdges().Where(e => e.From == "Kit" && (Features.Contains(e.To) || e.To is "GraphQL" or "Events")).ToList();
        Assert.True(edges.Count == 0, "The kit uses: " + string.Join("; ", edges.Select(e => $"{e.File} -> {e.To}")));
    }

    [Fact]
    public void Folders_depend_on_each_other_without_cycles()
    {
        var edges = FolderEdges().Where(e => !Composition.Contains(e.From) && !Composition.Contains(e.To)).ToList();
        var graph = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToHashSet());
        var cycles = new List<string>();
        foreach (var (from, targets) in graph)
        {
            foreach (var to in targets)
            {
                if (string.CompareOrdinal(from, to) < 0 && graph.TryGetValue(to, out var back) && back.Contains(from))
                {
                    var files = edges.Where(e => (e.From == from && e.To == to) || (e.From == to && e.To == from)).Select(e => $"{e.File} -> {e.To}");
                    cycles.Add($"{from} <-> {to}: {string.Join(", ", files.Take(6))}");
                }
            }
        }

        Assert.True(cycles.Count == 0, "Folder cycles:\n" + string.Join("\n", cycles));
        var longer = FindLongerCycle(graph);
        Assert.True(longer is null, "Folder cycle: " + string.Join(" -> ", longer ?? []));
    }

    private static List<string>? FindLongerCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>();
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path[path.IndexOf(next)..], next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return graph.Keys.Where(n => state.GetValueOrDefault(n) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private sealed record Edge(string From, string To, string File);

    private static IEnumerable<Edge> FolderEdges()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src", "Stage.Api");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var from = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "Program";
            foreach (Match used in UsingStage().Matches(File.ReadAllText(file)))
            {
                var to = used.Groups["folder"].Value;
                if (to != from)
                {
                    yield return new Edge(from, to, relative);
                }
            }
        }
    }

    [GeneratedRegex(@"^using (?:static )?Stage\.Api\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingStage();
}

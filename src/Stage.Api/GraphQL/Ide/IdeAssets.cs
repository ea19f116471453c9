using Microsoft.Extensions.Options;

namespace Stage.Api.GraphQL.Ide;

/// <summary>
/// The files of the GraphiQL page: our own page and start script, and the UMD builds npm installed beside them.
/// Only these names are served, so no other file of the folder can be reached.
/// </summary>
public sealed class IdeAssets(IOptions<IdeOptions> options, IHostEnvironment environment)
{
    private static readonly Dictionary<string, (string Path, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        ["graphiql.min.css"] = ("node_modules/graphiql/graphiql.min.css", "text/css; charset=utf-8"),
        ["graphiql.min.js"] = ("node_modules/graphiql/graphiql.min.js", "text/javascript; charset=utf-8"),
        ["react.production.min.js"] = ("node_modules/react/umd/react.production.min.js", "text/javascript; charset=utf-8"),
        ["react-dom.production.min.js"] = ("node_modules/react-dom/umd/react-dom.production.min.js", "text/javascript; charset=utf-8"),
        ["start.js"] = ("start.js", "text/javascript; charset=utf-8"),
    };

    private readonly Lazy<string?> _folder = new(() => Locate(options.Value.Path, environment.ContentRootPath));

    /// <summary>The installed folder, or null when npm has not installed it (<c>npm ci --prefix ide</c>).</summary>
    public string? Folder => _folder.Value is { } folder && Directory.Exists(Path.Combine(folder, "node_modules", "graphiql")) ? folder : null;

    public string? PagePath => Folder is { } folder ? Path.Combine(folder, "index.html") : null;

    public (string Path, string ContentType)? Find(string name) =>
        Folder is { } folder && Files.TryGetValue(name, out var file) ? (Path.Combine(folder, file.Path), file.ContentType) : null;

    private static string? Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "ide");
                if (File.Exists(Path.Combine(candidate, "index.html")) && File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

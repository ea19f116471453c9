using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Ide;

/// <summary>
/// GraphiQL at the GraphQL endpoint for browsers: a GET that asks for text/html and carries no GraphQL
/// parameters gets the page; <c>{endpoint}/ide/{file}</c> serves its scripts and styles. Everything comes from
/// this server, so the page needs no CDN and runs under a same-origin Content-Security-Policy.
/// </summary>
public static class GraphiQLPage
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'";

    /// <summary>The policy of a page served at this host: older browsers do not count ws: and wss: of the same host as 'self'.</summary>
    private static string ContentSecurityPolicyFor(HttpRequest request) =>
        $"{ContentSecurityPolicy}; connect-src 'self' ws://{request.Host} wss://{request.Host}";

    public static IApplicationBuilder UseGraphiQL(this IApplicationBuilder app, string endpoint) => app.Use(async (http, next) =>
    {
        var enabled = http.RequestServices.GetRequiredService<IOptionsMonitor<IdeOptions>>().CurrentValue.GraphiQL;
        if (!enabled || !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
        }
        else if (http.Request.Path.Equals(endpoint, StringComparison.Ordinal) && WantsPage(http.Request))
        {
            await ServePageAsync(http, endpoint);
        }
        else if (http.Request.Path.StartsWithSegments(endpoint + "/ide", StringComparison.Ordinal, out var rest))
        {
            await ServeAssetAsync(http, rest.Value?.TrimStart('/') ?? "");
        }
        else
        {
            await next(http);
        }
    });

    /// <summary>A browser navigation: text/html accepted explicitly, and none of a GraphQL request's parameters.</summary>
    private static bool WantsPage(HttpRequest request) =>
        !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") && !request.Query.ContainsKey("extensions")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept.OfType<string>().ToList(), out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not <= 0);

    private static async Task ServePageAsync(HttpContext http, string endpoint)
    {
        var assets = http.RequestServices.GetRequiredService<IdeAssets>();
        if (assets.PagePath is not { } page)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsync("GraphiQL is not installed on this server: run `npm ci --prefix ide` (./stage run does).");
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicyFor(http.Request);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.Vary = "Accept";
        await http.Response.WriteAsync((await File.ReadAllTextAsync(page, http.RequestAborted)).Replace("__PATH__", endpoint, StringComparison.Ordinal));
    }

    private static async Task ServeAssetAsync(HttpContext http, string name)
    {
        if (http.RequestServices.GetRequiredService<IdeAssets>().Find(name) is not { } file || !File.Exists(file.Path))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = file.ContentType;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        await http.Response.SendFileAsync(file.Path, http.RequestAborted);
    }
}

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
        ["examples.json"] = ("examples.json", "application/json; charset=utf-8"),
    };

    private readonly Lazy<string?> _folder = new(() => RepositoryFolder.Locate(options.Value.Path, environment.ContentRootPath, "ide", "index.html", "package.json"));

    /// <summary>The installed folder, or null when npm has not installed it (<c>npm ci --prefix ide</c>).</summary>
    public string? Folder => _folder.Value is { } folder && Directory.Exists(Path.Combine(folder, "node_modules", "graphiql")) ? folder : null;

    public string? PagePath => Folder is { } folder ? Path.Combine(folder, "index.html") : null;

    public (string Path, string ContentType)? Find(string name) =>
        Folder is { } folder && Files.TryGetValue(name, out var file) ? (Path.Combine(folder, file.Path), file.ContentType) : null;
}

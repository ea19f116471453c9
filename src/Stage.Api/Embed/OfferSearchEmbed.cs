using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Http;

namespace Stage.Api.Embed;

/// <summary>Where the widget's files are (configuration section "Stage:Embed").</summary>
public sealed class EmbedOptions
{
    public const string Section = "Stage:Embed";

    /// <summary>
    /// The folder holding the widget's bundle (<c>dist/</c>) and demo page (<c>demo/</c>): the repository's <c>embed</c>
    /// folder, built with <c>npm ci &amp;&amp; npm run build</c>; when empty, the first <c>embed</c> folder found above the
    /// content root or the binaries.
    /// </summary>
    public string? Path { get; set; }
}

/// <summary>
/// The embeddable offer search, version 1: <c>{prefix}/stage-offer-search.js</c> (the custom element, one ES module that
/// any page may load: CORS open, cached an hour, revalidated by ETag) and <c>{prefix}/demo</c> (the widget and its
/// snippet, under a strict Content-Security-Policy; <c>?key=</c> puts a key in both). Served before the API keys' origin
/// rule, which is for API calls: these files are public and the same for everyone.
/// </summary>
public static partial class OfferSearchEmbed
{
    public const string Prefix = "/embed/v1";
    public const string ScriptName = "stage-offer-search.js";

    private const string DemoPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddOfferSearchEmbed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmbedOptions>(configuration.GetSection(EmbedOptions.Section));
        services.AddSingleton<EmbedFiles>();
        return services;
    }

    public static IApplicationBuilder UseOfferSearchEmbed(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal, out var rest))
        {
            await next(http);
            return;
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        var files = http.RequestServices.GetRequiredService<EmbedFiles>();
        switch (rest.Value)
        {
            case "/" + ScriptName:
                await ServeFileAsync(http, files.Script, "text/javascript; charset=utf-8",
                    "The widget is not built on this server: run `./stage run`, or `npm ci --prefix embed && npm run build --prefix embed`.");
                break;
            case "/demo.css":
                await ServeFileAsync(http, files.DemoStyle, "text/css; charset=utf-8", "The demo's style sheet is missing.");
                break;
            case "/demo" or "/demo/":
                await ServeDemoAsync(http, files);
                break;
            default:
                await WriteTextAsync(http, StatusCodes.Status404NotFound, $"Nothing here: {Prefix}/{ScriptName} is the widget, {Prefix}/demo its demo.");
                break;
        }
    });

    /// <summary>A file any page may load; 503 with <paramref name="missing"/> when it is not there (not built).</summary>
    private static async Task ServeFileAsync(HttpContext http, string? path, string contentType, string missing)
    {
        var file = path is null ? null : new FileInfo(path);
        if (file is not { Exists: true })
        {
            await WriteTextAsync(http, StatusCodes.Status503ServiceUnavailable, missing);
            return;
        }

        var etag = $"\"{file.Length.ToString("x", CultureInfo.InvariantCulture)}-{file.LastWriteTimeUtc.Ticks.ToString("x", CultureInfo.InvariantCulture)}\"";
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "public, max-age=3600";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(value => value?.Split(',').Any(tag => tag.Trim() == etag) == true))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.ContentType = contentType;
        http.Response.ContentLength = file.Length;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await http.Response.SendFileAsync(file.FullName, http.RequestAborted);
        }
    }

    private static async Task ServeDemoAsync(HttpContext http, EmbedFiles files)
    {
        if (files.DemoPage is not { } page || !File.Exists(page))
        {
            await WriteTextAsync(http, StatusCodes.Status503ServiceUnavailable, "The demo page is missing from this server's embed folder.");
            return;
        }

        var key = http.Request.Query["key"].ToString();
        var hasKey = KeyShape().IsMatch(key);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var keyAttribute = hasKey ? $" api-key=\"{key}\"" : "";
        var snippet = $"""
            <script type="module" src="{origin}{Prefix}/{ScriptName}"></script>
            <stage-offer-search api-key="{(hasKey ? key : "VOTRE_CLE_API")}" radius="30"></stage-offer-search>
            """;
        var html = (await File.ReadAllTextAsync(page, http.RequestAborted))
            .Replace("__SCRIPT__", $"{Prefix}/{ScriptName}", StringComparison.Ordinal)
            .Replace("__STYLE__", $"{Prefix}/demo.css", StringComparison.Ordinal)
            .Replace("__KEY_ATTRIBUTE__", keyAttribute, StringComparison.Ordinal)
            .Replace("__SNIPPET__", WebUtility.HtmlEncode(snippet), StringComparison.Ordinal);
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = DemoPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }

    private static Task WriteTextAsync(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return http.Response.WriteAsync(text, http.RequestAborted);
    }

    /// <summary>What an API key looks like (<c>stage_{prefix}_{secret}</c>): anything else in <c>?key=</c> is ignored, never echoed.</summary>
    [GeneratedRegex("^stage_[A-Za-z0-9_-]{1,120}$")]
    private static partial Regex KeyShape();
}

/// <summary>The widget's files in the embed folder; only these are served.</summary>
public sealed class EmbedFiles(IOptions<EmbedOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<string?> _folder = new(() =>
        RepositoryFolder.Locate(options.Value.Path, environment.ContentRootPath, "embed", "package.json", "demo/index.html"));

    /// <summary>The bundle, or null when the folder is not found (it may also not be built yet).</summary>
    public string? Script => In("dist", OfferSearchEmbed.ScriptName);

    public string? DemoPage => In("demo", "index.html");

    public string? DemoStyle => In("demo", "demo.css");

    private string? In(string folder, string name) => _folder.Value is { } root ? Path.Combine(root, folder, name) : null;
}

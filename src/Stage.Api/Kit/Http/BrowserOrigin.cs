using Microsoft.Net.Http.Headers;

namespace Stage.Api.Kit.Http;

/// <summary>
/// The origin of a browser request sent by a page of another site, and the CORS headers that let that page read an
/// answer. Requests without <c>Origin</c> (servers, scripts) or from the API's own origin are not cross-origin. No
/// cookies are used, so no answer allows credentials.
/// </summary>
public static class BrowserOrigin
{
    /// <summary>The response headers a page may read besides the CORS-safelisted ones.</summary>
    public const string ExposedHeaders = "Retry-After, ETag, X-Request-Id";

    /// <summary>The <c>Origin</c> of a cross-origin request; null for the others.</summary>
    public static string? CrossOriginOf(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            ? null
            : origin;
    }

    /// <summary>Lets the page that sent a cross-origin request read its answer (a refusal, which holds nothing but the reason).</summary>
    public static void LetThePageRead(HttpContext http)
    {
        if (CrossOriginOf(http.Request) is { } origin)
        {
            Allow(http.Response, origin);
        }
    }

    /// <summary>Lets a page of <paramref name="origin"/> read this answer; <c>Vary</c> keeps the headers set before.</summary>
    public static void Allow(HttpResponse response, string origin)
    {
        if (!response.Headers.Vary.Any(v => v?.Contains(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase) == true))
        {
            response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        }

        response.Headers.AccessControlAllowOrigin = origin;
        response.Headers.AccessControlExposeHeaders = ExposedHeaders;
    }
}

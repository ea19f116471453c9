using Microsoft.Net.Http.Headers;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Http;

namespace Stage.Api.ApiKeys;

/// <summary>
/// A request with an API key must carry an active one: its <see cref="ApiClient"/> is then set in
/// <c>HttpContext.Features</c>; an unknown, malformed or revoked key is answered 401 <c>INVALID_API_KEY</c>, never
/// treated as keyless. The key comes in <c>X-Api-Key</c>, or, on a GET, in the <c>apiKey</c> query parameter, since a
/// browser's <c>EventSource</c> and <c>WebSocket</c> cannot send headers; the same origin and territory rules follow.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next)
{
    public const string Header = "X-Api-Key";
    public const string QueryParameter = "apiKey";

    public async Task InvokeAsync(HttpContext http, ApiKeyStore keys)
    {
        var inHeader = http.Request.Headers.TryGetValue(Header, out var headerValues);
        var inQuery = http.Request.Query.TryGetValue(QueryParameter, out var queryValues);
        if (!inHeader && !inQuery)
        {
            await next(http);
            return;
        }

        if (inQuery && (inHeader || !HttpMethods.IsGet(http.Request.Method)))
        {
            await GraphQLHttpResponseWriter.WriteRefusalAsync(http, new GraphQLHttpRequestException(StatusCodes.Status400BadRequest,
                ErrorCodes.BadRequest, $"The {QueryParameter} query parameter is for GET requests (EventSource, WebSocket) without {Header}; send the key once, in {Header} otherwise."));
            return;
        }

        var values = inHeader ? headerValues : queryValues;
        var client = values.Count == 1 && values[0] is { Length: > 0 } text
            ? await keys.FindAsync(text, http.RequestAborted)
            : null;
        if (client is null)
        {
            var source = inHeader ? $"The {Header} header" : $"The {QueryParameter} query parameter";
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
            await GraphQLHttpResponseWriter.WriteRefusalAsync(http, new GraphQLHttpRequestException(StatusCodes.Status401Unauthorized,
                ErrorCodes.InvalidApiKey, $"{source} does not hold an active API key (unknown, malformed or revoked)."));
            return;
        }

        http.Features.Set(client);
        await next(http);
    }
}

/// <summary>
/// CORS, per key. A preflight carries no key, so it is answered for any origin listed on an active key
/// (or in <see cref="ApiKeyOptions.KeylessOrigins"/>); the actual request is then checked against its
/// own key's origins (or the keyless list without a key) and refused with 403 <c>ORIGIN_NOT_ALLOWED</c>
/// before anything runs, in an answer the page can read. Requests without <c>Origin</c> (servers, curl) or from
/// the API's own origin are not cross-origin and pass untouched.
/// </summary>
public sealed class BrowserOriginMiddleware(RequestDelegate next, BrowserOriginRule rule)
{
    private const string AllowedHeaders = "Accept, Content-Type, Authorization, " + ApiKeyMiddleware.Header;

    public async Task InvokeAsync(HttpContext http, ApiKeyStore keys)
    {
        if (BrowserOrigin.CrossOriginOf(http.Request) is not { } origin)
        {
            await next(http);
            return;
        }

        http.Response.Headers.Vary = HeaderNames.Origin;
        if (HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
        {
            var known = await keys.IsKnownOriginAsync(origin, http.RequestAborted);
            if (known)
            {
                http.Response.Headers.AccessControlAllowOrigin = origin;
                http.Response.Headers.AccessControlAllowMethods = "GET, POST";
                http.Response.Headers.AccessControlAllowHeaders = AllowedHeaders;
                http.Response.Headers.AccessControlMaxAge = "600";
            }

            http.Response.StatusCode = known ? StatusCodes.Status204NoContent : StatusCodes.Status403Forbidden;
            return;
        }

        var client = http.Features.Get<ApiClient>();
        // A browser cannot set headers on a WebSocket: a keyless upgrade from an origin that some key lists goes on, and
        // the connection applies this rule to the key its connection_init brings.
        var allowed = rule.Allows(origin, client)
            || (client is null && http.WebSockets.IsWebSocketRequest && await keys.IsKnownOriginAsync(origin, http.RequestAborted));
        if (!allowed)
        {
            await GraphQLHttpResponseWriter.WriteRefusalAsync(http, new GraphQLHttpRequestException(StatusCodes.Status403Forbidden,
                ErrorCodes.OriginNotAllowed, BrowserOriginRule.Refusal(origin)));
            return;
        }

        // Set as the response starts: the exception handler (e.g. a 503 during an outage) clears headers set before.
        http.Response.OnStarting(() =>
        {
            BrowserOrigin.Allow(http.Response, origin);
            return Task.CompletedTask;
        });
        await next(http);
    }
}

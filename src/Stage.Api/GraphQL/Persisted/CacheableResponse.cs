using System.Security.Cryptography;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Stage.Api.GraphQL.Execution;
using Stage.Api.Kit.Requests;

namespace Stage.Api.GraphQL.Persisted;

/// <summary>
/// Answers a successful GET of a persisted document by an anonymous caller so that a portal's CDN may cache it:
/// <c>Cache-Control: public</c>, a strong <c>ETag</c> (the SHA-256 of the body) and 304 on a matching
/// <c>If-None-Match</c>. Anything that may depend on the caller (a viewer, a bearer token, a territory-scoped
/// API key) is marked <c>private, no-store</c>, and <c>Vary</c> names the headers that could change the answer.
/// </summary>
public static class CacheableResponse
{
    public static async Task<bool> TryWriteAsync(HttpContext http, string mediaType, GraphQLOutcome outcome)
    {
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            return false;
        }

        var result = outcome.Result;
        if (DependsOnCaller(http))
        {
            // What a signed-in caller or a territory-scoped key sees (reserved offers, a pupil's view) is theirs alone.
            http.Response.Headers.CacheControl = "private, no-store";
            return false;
        }

        if (!IsCacheable(outcome))
        {
            return false;
        }

        using var body = new MemoryStream();
        await http.RequestServices.GetRequiredService<IGraphQLSerializer>().WriteAsync(body, result, http.RequestAborted);
        var etag = new EntityTagHeaderValue($"\"{Base64UrlHash(body)}\"");
        var maxAge = http.RequestServices.GetRequiredService<IOptions<PersistedOperationsOptions>>().Value.CacheMaxAgeSeconds;
        var headers = http.Response.GetTypedHeaders();
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(maxAge) };
        headers.ETag = etag;
        http.Response.Headers.Vary = "Accept, Authorization, X-Api-Key";
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: true) || tag.Equals(EntityTagHeaderValue.Any)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = body.Length;
        body.Position = 0;
        await body.CopyToAsync(http.Response.Body, http.RequestAborted);
        return true;
    }

    private static bool IsCacheable(GraphQLOutcome outcome) =>
        outcome.Document is { Persisted: true } && outcome.Result is { Executed: true, Errors: null or { Count: 0 } };

    private static bool DependsOnCaller(HttpContext http) =>
        http.Features.Get<Viewer>() is not null
        || http.User.Identity?.IsAuthenticated == true
        || http.Request.Headers.ContainsKey(HeaderNames.Authorization)
        || http.Features.Get<ApiClient>() is { IsScopedToTerritory: true };

    private static string Base64UrlHash(MemoryStream body) =>
        Convert.ToBase64String(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

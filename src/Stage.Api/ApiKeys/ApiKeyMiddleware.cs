using Stage.Api.GraphQL.Errors;

namespace Stage.Api.ApiKeys;

/// <summary>
/// A request with <c>X-Api-Key</c> must carry an active key: its <see cref="ApiClient"/> is then set
/// in <c>HttpContext.Features</c>; an unknown, malformed or revoked key is answered 401
/// <c>INVALID_API_KEY</c>, never treated as keyless.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next)
{
    public const string Header = "X-Api-Key";

    public async Task InvokeAsync(HttpContext http, ApiKeyStore keys)
    {
        if (!http.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(http);
            return;
        }

        var client = values.Count == 1 && values[0] is { Length: > 0 } text
            ? await keys.FindAsync(text, http.RequestAborted)
            : null;
        if (client is null)
        {
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
            await RequestRefusal.WriteAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.InvalidApiKey,
                $"The {Header} header does not hold an active API key (unknown, malformed or revoked).");
            return;
        }

        http.Features.Set(client);
        await next(http);
    }
}

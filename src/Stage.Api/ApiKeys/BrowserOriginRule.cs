using Microsoft.Extensions.Options;
using Stage.Api.Kit.Requests;

namespace Stage.Api.ApiKeys;

/// <summary>
/// Which browser pages may call: a cross-origin request needs a key that lists its origin, or an origin of
/// <see cref="ApiKeyOptions.KeylessOrigins"/> when it has no key. One rule for HTTP requests
/// (<see cref="BrowserOriginMiddleware"/>) and WebSocket connections, whose key may come in <c>connection_init</c>.
/// </summary>
public sealed class BrowserOriginRule(IOptions<ApiKeyOptions> options)
{
    /// <summary>Whether a page of <paramref name="origin"/> may call with this key (null: without a key).</summary>
    public bool Allows(string origin, ApiClient? client) =>
        client is not null
            ? client.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase)
            : options.Value.KeylessOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);

    /// <summary>Why a page of <paramref name="origin"/> is refused (<c>ORIGIN_NOT_ALLOWED</c>).</summary>
    public static string Refusal(string origin) =>
        $"Browser requests from {origin} need an API key that lists this origin ({ApiKeyMiddleware.Header}; "
        + $"{ApiKeyMiddleware.QueryParameter} on a GET or an EventSource; apiKey in a WebSocket's connection_init).";
}

using System.Text.Json;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// The credentials of a <c>connection_init</c> payload, where a browser puts what it cannot send as headers on a
/// WebSocket. The bearer token: <c>{"Authorization": "Bearer …"}</c> (any case) or <c>{"token": "…"}</c>; the API
/// key: <c>{"apiKey": "…"}</c> or <c>{"X-Api-Key": "…"}</c> (any case); either may also sit in a nested
/// <c>headers</c> object, as some clients send their connection parameters. Null when absent (or JSON null); a value
/// that is not a string is kept as an empty one, so that it is refused rather than ignored.
/// </summary>
public sealed record ConnectionInitPayload(string? Token, string? ApiKey)
{
    public static ConnectionInitPayload Read(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } value)
        {
            return new ConnectionInitPayload(null, null);
        }

        var nested = value.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object
            ? Read(headers)
            : new ConnectionInitPayload(null, null);
        return new ConnectionInitPayload(
            Find(value, name => name.Equals("token", StringComparison.Ordinal) || name.Equals("authorization", StringComparison.OrdinalIgnoreCase)) ?? nested.Token,
            Find(value, name => name.Equals("apiKey", StringComparison.OrdinalIgnoreCase) || name.Equals("x-api-key", StringComparison.OrdinalIgnoreCase)) ?? nested.ApiKey);
    }

    private static string? Find(JsonElement payload, Func<string, bool> named)
    {
        foreach (var property in payload.EnumerateObject())
        {
            if (named(property.Name) && property.Value.ValueKind != JsonValueKind.Null)
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : "";
            }
        }

        return null;
    }
}

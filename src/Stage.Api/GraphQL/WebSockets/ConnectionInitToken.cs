using System.Text.Json;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// The bearer token of a <c>connection_init</c> payload: <c>{"Authorization": "Bearer …"}</c> (any
/// case), or <c>{"token": "…"}</c>. None means the connection keeps the upgrade request's viewer (or is anonymous).
/// </summary>
public static class ConnectionInitToken
{
    public static string? Read(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        foreach (var property in value.EnumerateObject())
        {
            if ((property.NameEquals("token") || string.Equals(property.Name, "authorization", StringComparison.OrdinalIgnoreCase))
                && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}

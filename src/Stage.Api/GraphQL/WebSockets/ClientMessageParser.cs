using System.Text.Json;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// Parses and checks a client's message as the reference implementation does: anything that is not
/// a well-formed protocol message is a <see cref="InvalidMessageException"/>, which closes the socket with 4400.
/// </summary>
public static class ClientMessageParser
{
    public static ClientMessage Parse(ReadOnlySpan<byte> utf8)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidMessageException("Invalid message received");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidMessageException("Message is expected to be an object");
        }

        if (!root.TryGetProperty("type", out var typeProperty) || typeProperty.ValueKind != JsonValueKind.String)
        {
            throw new InvalidMessageException("Message is missing the 'type' property or it is not a string");
        }

        var type = typeProperty.GetString()!;
        var payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : (JsonElement?)null;
        switch (type)
        {
            case TransportWs.ConnectionInit or TransportWs.ConnectionAck or TransportWs.Ping or TransportWs.Pong:
                RequireObjectOrNothing(payload, $"\"{type}\" message expects the 'payload' property to be an object or nullish or missing");
                return new ClientMessage(type, null, payload);
            case TransportWs.Subscribe:
                var id = RequireId(root, type);
                if (payload is not { ValueKind: JsonValueKind.Object } subscribe)
                {
                    throw new InvalidMessageException("\"subscribe\" message expects the 'payload' property to be an object");
                }

                CheckSubscribePayload(subscribe);
                return new ClientMessage(type, id, payload);
            case TransportWs.Next:
                var nextId = RequireId(root, type);
                return payload is { ValueKind: JsonValueKind.Object }
                    ? new ClientMessage(type, nextId, payload)
                    : throw new InvalidMessageException("\"next\" message expects the 'payload' property to be an object");
            case TransportWs.Error:
                var errorId = RequireId(root, type);
                return payload is { ValueKind: JsonValueKind.Array }
                    ? new ClientMessage(type, errorId, payload)
                    : throw new InvalidMessageException("\"error\" message expects the 'payload' property to be an array of GraphQL errors");
            case TransportWs.Complete:
                return new ClientMessage(type, RequireId(root, type), null);
            default:
                throw new InvalidMessageException($"Invalid message 'type' property \"{Shorten(type)}\"");
        }
    }

    private static void CheckSubscribePayload(JsonElement payload)
    {
        if (!payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            throw new InvalidMessageException("\"subscribe\" message payload expects the 'query' property to be a string");
        }

        RequireObjectOrNothing(Property(payload, "variables"), "\"subscribe\" message payload expects the 'variables' property to be an object or nullish or missing");
        RequireObjectOrNothing(Property(payload, "extensions"), "\"subscribe\" message payload expects the 'extensions' property to be an object or nullish or missing");
        if (Property(payload, "operationName") is { } name && name.ValueKind != JsonValueKind.String)
        {
            throw new InvalidMessageException("\"subscribe\" message payload expects the 'operationName' property to be a string or nullish or missing");
        }
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static void RequireObjectOrNothing(JsonElement? value, string message)
    {
        if (value is { ValueKind: not JsonValueKind.Object })
        {
            throw new InvalidMessageException(message);
        }
    }

    private static string RequireId(JsonElement root, string type) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : throw new InvalidMessageException($"\"{type}\" message requires a non-empty string 'id' property");

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}

using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>The graphql-transport-ws protocol's names and close codes (as npm graphql-ws 6 uses them).</summary>
public static class TransportWs
{
    public const string Subprotocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";

    public const int InternalServerError = 4500;
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    public const int GoingAway = 1001;
    public const int TryAgainLater = 1013;
}

/// <summary>A message a client sent, already checked against the protocol.</summary>
public sealed record ClientMessage(string Type, string? Id, JsonElement? Payload);

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

/// <summary>A client's message breaks the protocol; the message becomes the close reason.</summary>
public sealed class InvalidMessageException(string message) : Exception(message);

/// <summary>The server's messages as UTF-8 JSON; results and errors go through the GraphQL serializer (and its error masking).</summary>
public sealed class ServerMessages(IGraphQLTextSerializer serializer)
{
    public static byte[] Ack() => Write(TransportWs.ConnectionAck, null, null);

    public static byte[] Pong(JsonElement? payload) => Write(TransportWs.Pong, null, payload?.GetRawText());

    public static byte[] Complete(string id) => Write(TransportWs.Complete, id, null);

    public byte[] Next(string id, ExecutionResult result) => Write(TransportWs.Next, id, serializer.Serialize(result));

    /// <summary>An <c>error</c> message: the result's errors only, as a list.</summary>
    public byte[] Error(string id, ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        var errors = document.RootElement.TryGetProperty("errors", out var list) ? list.GetRawText() : "[]";
        return Write(TransportWs.Error, id, errors);
    }

    private static byte[] Write(string type, string? id, string? rawPayload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (id is not null)
            {
                json.WriteString("id", id);
            }

            json.WriteString("type", type);
            if (rawPayload is not null)
            {
                json.WritePropertyName("payload");
                json.WriteRawValue(rawPayload, skipInputValidation: true);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

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

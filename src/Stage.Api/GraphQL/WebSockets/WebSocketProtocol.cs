using Stage.Api.Kit.Http;
using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>What a client's message asks of the connection, whatever the subprotocol calls it.</summary>
public enum ClientIntent
{
    /// <summary><c>connection_init</c>: authenticate and acknowledge.</summary>
    Initialise,
    Ping,
    Pong,

    /// <summary>Run an operation under an id (<c>subscribe</c>, or the legacy <c>start</c>).</summary>
    Start,

    /// <summary>End an operation (<c>complete</c>, or the legacy <c>stop</c>).</summary>
    Stop,

    /// <summary>Close the connection (the legacy <c>connection_terminate</c>).</summary>
    Terminate,

    /// <summary>A well-formed message that only a server may send.</summary>
    Unexpected,
}

/// <summary>A client's message, already checked against its protocol; <c>Type</c> is its own type name, for the close reason of an unexpected one.</summary>
public sealed record ClientMessage(ClientIntent Intent, string Type, string? Id, JsonElement? Payload);

/// <summary>A client's message breaks the protocol; the message becomes the close reason.</summary>
public sealed class InvalidMessageException(string message) : Exception(message);

/// <summary>
/// How one GraphQL WebSocket subprotocol frames its messages. Everything else (the handshake and its timeout,
/// authentication, operations, limits, back-pressure, close codes) is the same connection for every protocol
/// (<see cref="GraphQLWebSocketConnection"/>). Results and errors go through the GraphQL serializer and its masking.
/// </summary>
public abstract class WebSocketProtocol(IGraphQLTextSerializer serializer)
{
    /// <summary>The <c>Sec-WebSocket-Protocol</c> value.</summary>
    public abstract string Name { get; }

    public abstract ClientMessage Parse(ReadOnlySpan<byte> utf8);

    public virtual byte[] Ack() => Write("connection_ack", null, null);

    /// <summary>The keep-alive message that follows the acknowledgement and then comes periodically; null when the protocol has none.</summary>
    public virtual byte[]? KeepAlive() => null;

    public virtual byte[] Pong(JsonElement? payload) => Write("pong", null, payload?.GetRawText());

    /// <summary>One result of an operation (<c>next</c>, or the legacy <c>data</c>).</summary>
    public abstract byte[] Next(string id, ExecutionResult result);

    /// <summary>The operation failed before it ran, or its stream failed: its last message.</summary>
    public abstract byte[] Error(string id, ExecutionResult result);

    public byte[] Complete(string id) => Write("complete", id, null);

    /// <summary>What answers a client's own end of an operation, if anything.</summary>
    public virtual byte[]? Stopped(string id) => null;

    /// <summary>A message sent before the socket is closed for <paramref name="reason"/> (a refused init, an invalid message), if the protocol has one.</summary>
    public virtual byte[]? BeforeClose(string reason, string? code) => null;

    /// <summary>The result as JSON, through the GraphQL serializer (and its error masking).</summary>
    protected string Serialize(ExecutionResult result) => serializer.Serialize(result);

    /// <summary>The errors of a result, each as JSON.</summary>
    protected IReadOnlyList<string> ErrorsOf(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(Serialize(result));
        return document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Select(e => e.GetRawText())]
            : [];
    }

    /// <summary>A message <c>{"id", "type", "payload"}</c> with the payload already in JSON.</summary>
    protected static byte[] Write(string type, string? id, string? rawPayload)
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

    /// <summary>The message as a JSON object with a string <c>type</c>; its type and (non-null) payload.</summary>
    protected static (JsonElement Root, string Type, JsonElement? Payload) ReadEnvelope(ReadOnlySpan<byte> utf8)
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

        if (!RequestJson.IsText(utf8, root))
        {
            throw new InvalidMessageException("Invalid message received: an escaped half of a surrogate pair is not text");
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new InvalidMessageException("Message is missing the 'type' property or it is not a string");
        }

        return (root, type.GetString()!, Property(root, "payload"));
    }

    /// <summary>An operation's payload: an object with a string <c>query</c>, and optional <c>variables</c>, <c>extensions</c>, <c>operationName</c>.</summary>
    protected static JsonElement RequireOperation(JsonElement? payload, string type)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } operation)
        {
            throw new InvalidMessageException($"\"{type}\" message expects the 'payload' property to be an object");
        }

        if (!operation.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            throw new InvalidMessageException($"\"{type}\" message payload expects the 'query' property to be a string");
        }

        RequireObjectOrNothing(Property(operation, "variables"), $"\"{type}\" message payload expects the 'variables' property to be an object or nullish or missing");
        RequireObjectOrNothing(Property(operation, "extensions"), $"\"{type}\" message payload expects the 'extensions' property to be an object or nullish or missing");
        if (Property(operation, "operationName") is { } name && name.ValueKind != JsonValueKind.String)
        {
            throw new InvalidMessageException($"\"{type}\" message payload expects the 'operationName' property to be a string or nullish or missing");
        }

        return operation;
    }

    protected static void RequireObjectOrNothing(JsonElement? value, string message)
    {
        if (value is { ValueKind: not JsonValueKind.Object })
        {
            throw new InvalidMessageException(message);
        }
    }

    protected static string RequireId(JsonElement root, string type) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : throw new InvalidMessageException($"\"{type}\" message requires a non-empty string 'id' property");

    protected static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";

    private static JsonElement? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}

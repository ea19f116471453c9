using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace Stage.Api.GraphQL.WebSockets;

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

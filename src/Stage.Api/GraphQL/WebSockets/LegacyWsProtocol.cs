using System.Text.Json;
using GraphQL;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// The legacy <c>graphql-ws</c> subprotocol of Apollo's subscriptions-transport-ws (its older <c>WebSocketLink</c>,
/// many mobile clients): <c>connection_init</c> answered by <c>connection_ack</c> and a <c>ka</c> keep-alive (then
/// periodically), <c>start</c>/<c>stop</c> and <c>connection_terminate</c> from the client; <c>data</c>,
/// <c>error</c> (one GraphQL error object, as the protocol defines it), <c>complete</c> and
/// <c>connection_error</c> from the server. A client's <c>stop</c> is answered by <c>complete</c>.
/// </summary>
public sealed class LegacyWsProtocol(IGraphQLTextSerializer serializer) : WebSocketProtocol(serializer)
{
    public const string Subprotocol = "graphql-ws";

    public override string Name => Subprotocol;

    public override ClientMessage Parse(ReadOnlySpan<byte> utf8)
    {
        var (root, type, payload) = ReadEnvelope(utf8);
        switch (type)
        {
            case "connection_init":
                RequireObjectOrNothing(payload, "\"connection_init\" message expects the 'payload' property to be an object or nullish or missing");
                return new ClientMessage(ClientIntent.Initialise, type, null, payload);
            case "start":
                var id = RequireId(root, type);
                return new ClientMessage(ClientIntent.Start, type, id, RequireOperation(payload, type));
            case "stop":
                return new ClientMessage(ClientIntent.Stop, type, RequireId(root, type), null);
            case "connection_terminate":
                return new ClientMessage(ClientIntent.Terminate, type, null, null);
            case "connection_ack" or "connection_error" or "ka" or "data" or "error" or "complete":
                return new ClientMessage(ClientIntent.Unexpected, type, null, null);
            default:
                throw new InvalidMessageException($"Invalid message 'type' property \"{Shorten(type)}\"");
        }
    }

    public override byte[] KeepAlive() => Write("ka", null, null);

    public override byte[] Next(string id, ExecutionResult result) => Write("data", id, Serialize(result));

    /// <summary>An <c>error</c> message: the protocol carries one error object, the first (the reference client reads only that one).</summary>
    public override byte[] Error(string id, ExecutionResult result) =>
        Write("error", id, ErrorsOf(result) is [var first, ..] ? first : """{"message":"The operation failed."}""");

    public override byte[] Stopped(string id) => Complete(id);

    public override byte[] BeforeClose(string reason, string? code) =>
        Write("connection_error", null, JsonSerializer.Serialize(code is null ? (object)new { message = reason } : new { message = reason, extensions = new { code } }));
}

using System.Text.Json;
using GraphQL;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// graphql-transport-ws (the npm <c>graphql-ws</c> package's protocol): <c>connection_init</c>/<c>connection_ack</c>,
/// <c>ping</c>/<c>pong</c>, <c>subscribe</c>, <c>next</c>, <c>error</c> (a list of GraphQL errors), <c>complete</c>.
/// Messages are checked as the reference server checks them.
/// </summary>
public sealed class TransportWsProtocol(IGraphQLTextSerializer serializer) : WebSocketProtocol(serializer)
{
    public const string Subprotocol = "graphql-transport-ws";

    public override string Name => Subprotocol;

    public override ClientMessage Parse(ReadOnlySpan<byte> utf8)
    {
        var (root, type, payload) = ReadEnvelope(utf8);
        switch (type)
        {
            case "connection_init" or "connection_ack" or "ping" or "pong":
                RequireObjectOrNothing(payload, $"\"{type}\" message expects the 'payload' property to be an object or nullish or missing");
                var intent = type switch
                {
                    "connection_init" => ClientIntent.Initialise,
                    "ping" => ClientIntent.Ping,
                    "pong" => ClientIntent.Pong,
                    _ => ClientIntent.Unexpected,
                };
                return new ClientMessage(intent, type, null, payload);
            case "subscribe":
                var id = RequireId(root, type);
                return new ClientMessage(ClientIntent.Start, type, id, RequireOperation(payload, type));
            case "next":
                var nextId = RequireId(root, type);
                return payload is { ValueKind: JsonValueKind.Object }
                    ? new ClientMessage(ClientIntent.Unexpected, type, nextId, payload)
                    : throw new InvalidMessageException("\"next\" message expects the 'payload' property to be an object");
            case "error":
                var errorId = RequireId(root, type);
                return payload is { ValueKind: JsonValueKind.Array }
                    ? new ClientMessage(ClientIntent.Unexpected, type, errorId, payload)
                    : throw new InvalidMessageException("\"error\" message expects the 'payload' property to be an array of GraphQL errors");
            case "complete":
                return new ClientMessage(ClientIntent.Stop, type, RequireId(root, type), null);
            default:
                throw new InvalidMessageException($"Invalid message 'type' property \"{Shorten(type)}\"");
        }
    }

    public override byte[] Next(string id, ExecutionResult result) => Write("next", id, Serialize(result));

    /// <summary>An <c>error</c> message: the result's errors only, as a list.</summary>
    public override byte[] Error(string id, ExecutionResult result) => Write("error", id, $"[{string.Join(',', ErrorsOf(result))}]");
}

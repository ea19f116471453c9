using Stage.Api.GraphQL.Realtime;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>Accepts a WebSocket upgrade at the GraphQL URL and runs the graphql-transport-ws protocol on it.</summary>
public static class GraphQLWebSocketEndpoint
{
    public static async Task HandleAsync(HttpContext http)
    {
        var speaksProtocol = http.WebSockets.WebSocketRequestedProtocols.Contains(TransportWs.Subprotocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(speaksProtocol ? TransportWs.Subprotocol : null);
        using var connection = new GraphQLWebSocketConnection(http, socket);
        if (!speaksProtocol)
        {
            connection.Close(TransportWs.SubprotocolNotAcceptable, "Subprotocol not acceptable");
        }

        var connections = http.RequestServices.GetRequiredService<RealtimeConnections>();
        using (connections.Register(() => connection.Close(TransportWs.GoingAway, "Server shutting down")))
        {
            await connection.RunAsync(http.RequestAborted);
        }
    }
}

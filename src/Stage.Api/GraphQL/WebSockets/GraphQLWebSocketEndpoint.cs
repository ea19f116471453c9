using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Realtime;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// Accepts a WebSocket upgrade at the GraphQL URL in the first subprotocol of <c>Sec-WebSocket-Protocol</c> that the
/// server speaks (graphql-transport-ws or the legacy graphql-ws); without one, the socket is closed with 4406.
/// </summary>
public static class GraphQLWebSocketEndpoint
{
    /// <summary>The upgrade is admitted like a request of one point (429 when the caller's allowance is spent); each operation then is too.</summary>
    public static async Task HandleAsync(HttpContext http)
    {
        if (http.RequestServices.GetRequiredService<GraphQLRequestExecutor>().AdmitConnection(http) is { } refusal)
        {
            await GraphQLHttpResponseWriter.WriteRefusalAsync(http, refusal);
            return;
        }

        var spoken = http.RequestServices.GetServices<WebSocketProtocol>().ToList();
        var chosen = http.WebSockets.WebSocketRequestedProtocols
            .Select(name => spoken.Find(p => p.Name.Equals(name, StringComparison.Ordinal)))
            .FirstOrDefault(p => p is not null);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(chosen?.Name);
        // Without a protocol the socket is only closed; graphql-transport-ws reads whatever comes until then.
        using var connection = new GraphQLWebSocketConnection(http, socket, chosen ?? spoken.OfType<TransportWsProtocol>().First());
        if (chosen is null)
        {
            connection.Close(WebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
        }

        var connections = http.RequestServices.GetRequiredService<RealtimeConnections>();
        using (connections.Register(() => connection.Close(WebSocketCloseCodes.GoingAway, "Server shutting down")))
        {
            await connection.RunAsync(http.RequestAborted);
        }
    }
}

using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// A bare GraphQL WebSocket client for protocol tests, speaking either subprotocol: raw messages in, raw messages
/// or the close out. Only <see cref="InitAsync"/> and <see cref="SubscribeAsync"/> know the protocols' words.
/// </summary>
public sealed class GraphQLWebSocketClient(WebSocket socket) : IAsyncDisposable
{
    public const string TransportWs = "graphql-transport-ws";
    public const string LegacyWs = "graphql-ws";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public WebSocket Socket => socket;

    /// <summary>The subprotocol the server chose (null when none).</summary>
    public string? Protocol => socket.SubProtocol;

    /// <summary>Connects through the test server (in memory).</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(WebApplicationFactory<Program> factory, string? subprotocol = TransportWs)
    {
        var client = factory.Server.CreateWebSocketClient();
        if (subprotocol is not null)
        {
            client.SubProtocols.Add(subprotocol);
        }

        return new GraphQLWebSocketClient(await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None));
    }

    /// <summary>Connects over a real socket to a server listening at <paramref name="httpAddress"/>, as a page of <paramref name="origin"/> when given.</summary>
    public static async Task<GraphQLWebSocketClient> ConnectAsync(string httpAddress, string? subprotocol = TransportWs, string? origin = null)
    {
        var client = new ClientWebSocket();
        if (subprotocol is not null)
        {
            client.Options.AddSubProtocol(subprotocol);
        }

        if (origin is not null)
        {
            client.Options.SetRequestHeader("Origin", origin);
        }

        await client.ConnectAsync(new Uri(httpAddress.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql"), CancellationToken.None);
        return new GraphQLWebSocketClient(client);
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public Task SendRawAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Opens the connection (init + ack, and the legacy protocol's first keep-alive), with a token when given.</summary>
    public Task InitAsync(string? token = null) =>
        InitWithAsync(token is null ? null : new { Authorization = "Bearer " + token });

    /// <summary>Opens the connection with this <c>connection_init</c> payload.</summary>
    public async Task InitWithAsync(object? payload)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        Assert.Equal("connection_ack", Type(await ReceiveAsync()));
        if (Protocol == LegacyWs)
        {
            Assert.Equal("ka", Type(await ReceiveAsync()));
        }
    }

    /// <summary>Starts an operation: <c>subscribe</c> in graphql-transport-ws, <c>start</c> in the legacy protocol.</summary>
    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = Protocol == LegacyWs ? "start" : "subscribe", payload = new { query, variables } });

    /// <summary>The type of a message.</summary>
    public static string Type(JsonNode message) => message["type"]!.GetValue<string>();

    /// <summary>The next message; fails when the socket closes or nothing comes in time.</summary>
    public async Task<JsonNode> ReceiveAsync(TimeSpan? timeout = null)
    {
        var (message, close) = await ReceiveOrCloseAsync(timeout);
        return message ?? throw new InvalidOperationException($"The socket closed: {close}");
    }

    /// <summary>The next message of operation <paramref name="id"/>, skipping others (pongs, keep-alives, other operations).</summary>
    public async Task<JsonNode> ReceiveForAsync(string id, TimeSpan? timeout = null)
    {
        while (true)
        {
            var message = await ReceiveAsync(timeout);
            if (message["id"]?.GetValue<string>() == id)
            {
                return message;
            }
        }
    }

    /// <summary>Waits for the server to close the socket; returns its code and reason.</summary>
    public async Task<(int Code, string Reason)> ReceiveCloseAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var (message, close) = await ReceiveOrCloseAsync(timeout);
            if (message is null)
            {
                return close!.Value;
            }
        }
    }

    public async Task<(JsonNode? Message, (int Code, string Reason)? Close)> ReceiveOrCloseAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, ((int)(result.CloseStatus ?? 0), result.CloseStatusDescription ?? ""));
            }

            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return (JsonNode.Parse(text.ToArray()), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancel.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }

        socket.Dispose();
    }
}

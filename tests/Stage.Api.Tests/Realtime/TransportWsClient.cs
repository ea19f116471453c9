using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Stage.Api.Tests.Realtime;

/// <summary>A bare graphql-transport-ws client for protocol tests: raw messages in, raw messages or the close out.</summary>
public sealed class TransportWsClient(WebSocket socket) : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public WebSocket Socket => socket;

    /// <summary>Connects through the test server (in memory).</summary>
    public static async Task<TransportWsClient> ConnectAsync(WebApplicationFactory<Program> factory, string? subprotocol = "graphql-transport-ws")
    {
        var client = factory.Server.CreateWebSocketClient();
        if (subprotocol is not null)
        {
            client.SubProtocols.Add(subprotocol);
        }

        return new TransportWsClient(await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None));
    }

    /// <summary>Connects over a real socket to a server listening at <paramref name="httpAddress"/>.</summary>
    public static async Task<TransportWsClient> ConnectAsync(string httpAddress)
    {
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("graphql-transport-ws");
        await client.ConnectAsync(new Uri(httpAddress.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql"), CancellationToken.None);
        return new TransportWsClient(client);
    }

    public Task SendAsync(object message) => SendRawAsync(JsonSerializer.Serialize(message));

    public Task SendRawAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Opens the connection (init + ack), with a token when given.</summary>
    public async Task InitAsync(string? token = null)
    {
        await SendAsync(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack["type"]!.GetValue<string>());
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message; fails when the socket closes or nothing comes in time.</summary>
    public async Task<JsonNode> ReceiveAsync(TimeSpan? timeout = null)
    {
        var (message, close) = await ReceiveOrCloseAsync(timeout);
        return message ?? throw new InvalidOperationException($"The socket closed: {close}");
    }

    /// <summary>The next message of operation <paramref name="id"/>, skipping others (pongs, other operations).</summary>
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
        if (socket.State == WebSocketState.Open)
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

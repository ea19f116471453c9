using System.Net.WebSockets;
using System.Text.Json;

namespace Stage.Bench;

/// <summary>What a run does with its subscribers' events and failures (written from many threads).</summary>
public interface ISubscriptionSink
{
    /// <summary>Subscriber <paramref name="subscriber"/> received an event: the <c>data</c> of its <c>next</c> message.</summary>
    void Received(int subscriber, JsonElement data);

    void Error(string error);
}

/// <summary>
/// One graphql-transport-ws subscriber over its own WebSocket: <c>connection_init</c> with its token (if any),
/// then one subscription with its variables (e.g. resumed after a cursor, so that no event can slip between
/// subscribing and going live). Its receive loop answers pings and hands each event to the run's sink.
/// </summary>
public sealed class WsSubscriber(int index, ISubscriptionSink sink, string query) : IDisposable
{
    private static readonly byte[] Pong = """{"type":"pong"}"""u8.ToArray();
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(60);

    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[2048];
    private Task? _receiving;
    private volatile bool _closing;

    /// <summary>True once the socket ended or the subscription failed before the run was over.</summary>
    public bool Failed { get; private set; }

    public async Task OpenAsync(Uri endpoint, HttpMessageInvoker invoker, string? token, object variables, CancellationToken cancellationToken)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(AckTimeout);
        await _socket.ConnectAsync(endpoint, invoker, timeout.Token);
        await SendAsync(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = (object)new { Authorization = "Bearer " + token } }, timeout.Token);
        var ack = await ReceiveAsync(timeout.Token);
        if (ack?.RootElement.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException($"subscriber {index}: no connection_ack but {ack?.RootElement.GetRawText() ?? "the socket's close"}");
        }

        await SendAsync(new { id = "1", type = "subscribe", payload = new { query, variables } }, timeout.Token);
        _receiving = ReceiveLoopAsync(cancellationToken);
    }

    /// <summary>Closes the socket (the normal way, else by aborting it) and waits for the receive loop to end.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        _closing = true;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }

            if (_receiving is not null)
            {
                await _receiving.WaitAsync(timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException)
        {
            _socket.Abort();
        }
    }

    public void Dispose() => _socket.Dispose();

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await ReceiveAsync(cancellationToken) is { } message)
            {
                using (message)
                {
                    Handle(message.RootElement);
                }
            }

            if (!_closing && !cancellationToken.IsCancellationRequested)
            {
                Fail($"closed by the server: {(int?)_socket.CloseStatus} {_socket.CloseStatusDescription}");
            }
        }
        catch (Exception e) when (!_closing && e is WebSocketException or JsonException or InvalidOperationException)
        {
            Fail($"{e.GetType().Name}: {e.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private void Handle(JsonElement message)
    {
        switch (message.GetProperty("type").GetString())
        {
            case "next" when message.GetProperty("payload").TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object:
                sink.Received(index, data);
                break;
            case "ping":
                _ = _socket.SendAsync(Pong, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                break;
            case "pong":
                break;
            default:
                Fail($"unexpected message {message.GetRawText()}");
                break;
        }
    }

    private void Fail(string reason)
    {
        if (!Failed)
        {
            Failed = true;
            sink.Error($"subscriber {index}: {reason}");
        }
    }

    private Task SendAsync(object message, CancellationToken cancellationToken) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>The next whole message, or null when the socket closes.</summary>
    private async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var result = await _socket.ReceiveAsync(_buffer, cancellationToken);
        if (result.MessageType == WebSocketMessageType.Close)
        {
            return null;
        }

        if (result.EndOfMessage)
        {
            return JsonDocument.Parse(_buffer.AsMemory(0, result.Count));
        }

        using var whole = new MemoryStream();
        whole.Write(_buffer, 0, result.Count);
        do
        {
            result = await _socket.ReceiveAsync(_buffer, cancellationToken);
            whole.Write(_buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(whole.ToArray());
    }
}

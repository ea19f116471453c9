using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// The one writer of a WebSocket: messages are sent in order, each message's callback runs once it
/// is written (to give back delivery credits), and a close request is sent after what is already
/// queued. A client that has not read what was queued and answered the close frame within
/// <see cref="CloseTimeout"/> of the close request is aborted.
/// </summary>
public sealed class WebSocketOutbox(WebSocket socket) : IDisposable
{
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(30);
    private readonly Channel<(byte[] Message, Action? Sent)> _messages = Channel.CreateUnbounded<(byte[], Action?)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _closeDeadline = new();
    private (WebSocketCloseStatus Status, string Reason)? _close;

    /// <summary>Whether a close was requested (no more messages are taken).</summary>
    public bool IsClosing => _close is not null;

    public void Send(byte[] message, Action? sent = null)
    {
        if (!_messages.Writer.TryWrite((message, sent)))
        {
            sent?.Invoke();
        }
    }

    /// <summary>Closes after the queued messages; the first request wins.</summary>
    public void Close(int code, string reason)
    {
        lock (_messages)
        {
            if (_close is not null)
            {
                return;
            }

            _close = ((WebSocketCloseStatus)code, Truncate(reason));
        }

        _messages.Writer.TryComplete();
        _closeDeadline.CancelAfter(CloseTimeout);
    }

    /// <summary>Writes until closed; returns once the client answered the close frame (<paramref name="clientClosed"/>) or was cut.</summary>
    public async Task RunAsync(Task clientClosed, CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closeDeadline.Token);
        try
        {
            await foreach (var (message, sent) in _messages.Reader.ReadAllAsync(aborted))
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                sent?.Invoke();
            }

            if (_close is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(close.Status, close.Reason, stop.Token);
            }

            await clientClosed.WaitAsync(stop.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            socket.Abort();
        }
    }

    public void Dispose() => _closeDeadline.Dispose();

    /// <summary>Close reasons are limited to 123 bytes of UTF-8.</summary>
    private static string Truncate(string reason)
    {
        while (Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }
}

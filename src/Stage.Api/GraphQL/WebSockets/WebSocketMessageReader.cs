using System.Buffers;
using System.Net.WebSockets;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>Reads whole messages from a WebSocket, refusing those larger than a limit.</summary>
public sealed class WebSocketMessageReader(WebSocket socket, int maxMessageBytes)
{
    private const int Chunk = 1024;
    private readonly ArrayBufferWriter<byte> _buffer = new(Chunk);

    /// <summary>What came: a message (its bytes until the next read), the client's close, or a message over the limit.</summary>
    public enum Outcome
    {
        Message,
        Closed,
        TooBig,
    }

    /// <summary>The bytes of the last message read.</summary>
    public ReadOnlySpan<byte> Message => _buffer.WrittenSpan;

    public async Task<Outcome> ReadAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        ValueWebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(_buffer.GetMemory(Chunk), cancellationToken);
            _buffer.Advance(received.Count);
            if (_buffer.WrittenCount > maxMessageBytes)
            {
                return Outcome.TooBig;
            }
        }
        while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

        return received.MessageType == WebSocketMessageType.Close ? Outcome.Closed : Outcome.Message;
    }
}

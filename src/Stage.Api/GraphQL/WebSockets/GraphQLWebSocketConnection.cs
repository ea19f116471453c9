using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Stage.Api.Events;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Realtime;
using Stage.Api.Identity.Authentication;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>Accepts a WebSocket upgrade at the GraphQL URL and runs the graphql-transport-ws protocol on it.</summary>
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

/// <summary>
/// One client's graphql-transport-ws connection: the handshake (connection_init within the
/// timeout, authenticated by the payload's token), ping/pong, and its operations by id.
/// </summary>
public sealed class GraphQLWebSocketConnection : IDisposable
{
    private readonly HttpContext _http;
    private readonly WebSocket _socket;
    private readonly SubscriptionOptions _options;
    private readonly WebSocketOutbox _outbox;
    private readonly ConcurrentDictionary<string, WebSocketOperation> _operations = new();
    private readonly CancellationTokenSource _closed = new();
    private bool _initReceived;
    private StageUserContext? _context;

    public GraphQLWebSocketConnection(HttpContext http, WebSocket socket)
    {
        _http = http;
        _socket = socket;
        _options = http.RequestServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        _outbox = new WebSocketOutbox(socket);
    }

    /// <summary>Operations running now.</summary>
    public int OperationCount => _operations.Count;

    /// <summary>Closes the connection after what is queued; ends every operation at once.</summary>
    public void Close(int code, string reason)
    {
        _outbox.Close(code, reason);
        foreach (var id in _operations.Keys)
        {
            EndOperation(id);
        }
    }

    public async Task RunAsync(CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closed.Token);
        var writer = _outbox.RunAsync(aborted);
        _ = CloseUnlessInitialisedAsync(stop.Token);
        try
        {
            await ReceiveAsync(stop.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            Close(TransportWs.GoingAway, "Connection closed");
            await _closed.CancelAsync();
            await writer;
        }
    }

    public void Dispose()
    {
        _closed.Dispose();
        _outbox.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var reader = new WebSocketMessageReader(_socket, _options.MaxMessageBytes);
        while (_socket.State == WebSocketState.Open && !_outbox.IsClosing)
        {
            switch (await reader.ReadAsync(cancellationToken))
            {
                case WebSocketMessageReader.Outcome.TooBig:
                    Close((int)WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {_options.MaxMessageBytes} bytes");
                    return;
                case WebSocketMessageReader.Outcome.Closed:
                    Close((int)(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "");
                    return;
            }

            try
            {
                await HandleAsync(ClientMessageParser.Parse(reader.Message), cancellationToken);
            }
            catch (InvalidMessageException invalid)
            {
                Close(TransportWs.BadRequest, invalid.Message);
            }
        }
    }

    private async Task HandleAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        switch (message.Type)
        {
            case TransportWs.ConnectionInit:
                await InitialiseAsync(message.Payload, cancellationToken);
                break;
            case TransportWs.Ping:
                _outbox.Send(ServerMessages.Pong(message.Payload));
                break;
            case TransportWs.Pong:
                break;
            case TransportWs.Subscribe when _context is null:
                Close(TransportWs.Unauthorized, "Unauthorized");
                break;
            case TransportWs.Subscribe:
                StartOperation(message.Id!, message.Payload!.Value);
                break;
            case TransportWs.Complete:
                EndOperation(message.Id!);
                break;
            default:
                Close(TransportWs.InternalServerError, $"Unexpected message of type {message.Type} received");
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload, CancellationToken cancellationToken)
    {
        if (_initReceived)
        {
            Close(TransportWs.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        var viewer = _http.Features.Get<Viewer>();
        if (ConnectionInitToken.Read(payload) is { } token)
        {
            var authenticator = _http.RequestServices.GetRequiredService<ViewerAuthenticator>();
            (viewer, var principal, var refusal) = await authenticator.AuthenticateTokenAsync(token, cancellationToken);
            if (refusal is not null)
            {
                // A provider outage is no verdict on the token: "try again later" lets the client retry.
                Close(refusal.IsOutage ? TransportWs.TryAgainLater : TransportWs.Forbidden, (refusal.IsOutage ? "" : "Forbidden: ") + refusal.Message);
                return;
            }

            _ = TokenExpiry.WaitAsync(principal!, CloseAsExpired, _closed.Token);
        }
        else if (viewer is not null)
        {
            _ = TokenExpiry.WaitAsync(_http.User, CloseAsExpired, _closed.Token);
        }

        _context = new StageUserContext { Viewer = viewer };
        _outbox.Send(ServerMessages.Ack());
    }

    private void StartOperation(string id, JsonElement payload)
    {
        if (_operations.ContainsKey(id))
        {
            Close(TransportWs.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        var operation = new WebSocketOperation(id, _http, _outbox, this, _options.DeliveryWindow);
        if (!_operations.TryAdd(id, operation))
        {
            return;
        }

        _ = operation.RunAsync(payload, _context!, _operations.Count > _options.MaxOperationsPerConnection, _closed.Token);
    }

    /// <summary>Ends an operation (its client completed it, it finished, or the connection closes).</summary>
    internal void EndOperation(string id)
    {
        if (_operations.TryRemove(id, out var operation))
        {
            operation.Dispose();
        }
    }

    private void CloseAsExpired() => Close(TransportWs.Forbidden, "Forbidden: the token has expired");

    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, cancellationToken);
            if (!_initReceived)
            {
                Close(TransportWs.ConnectionInitialisationTimeout, "Connection initialisation timeout");
                await _closed.CancelAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

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

/// <summary>A connection lives no longer than the token that opened it: the client reconnects with a fresh one.</summary>
public static class TokenExpiry
{
    /// <summary>Runs <paramref name="expired"/> when the principal's token expires (its <c>exp</c>), unless cancelled first.</summary>
    public static async Task WaitAsync(ClaimsPrincipal principal, Action expired, CancellationToken cancellationToken)
    {
        if (!long.TryParse(principal.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return;
        }

        var left = DateTimeOffset.FromUnixTimeSeconds(expires) - DateTimeOffset.UtcNow;
        try
        {
            await Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
            expired();
        }
        catch (OperationCanceledException)
        {
        }
    }
}

using Stage.Api.GraphQL.Execution;
using Stage.Api.Kit.Http;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Stage.Api.ApiKeys;
using Stage.Api.Events;
using Stage.Api.Identity.Authentication;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Requests;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// One client's GraphQL WebSocket connection, whatever its subprotocol (<see cref="WebSocketProtocol"/> frames the
/// messages): the handshake (<c>connection_init</c> within the timeout, authenticated by the payload's token, with
/// the API key and browser origin rules of HTTP requests), keep-alives, its operations by id, and every close.
/// </summary>
public sealed class GraphQLWebSocketConnection : IDisposable
{
    private readonly HttpContext _http;
    private readonly WebSocket _socket;
    private readonly WebSocketProtocol _protocol;
    private readonly SubscriptionOptions _options;
    private readonly WebSocketOutbox _outbox;
    private readonly ConcurrentDictionary<string, WebSocketOperation> _operations = new();
    private readonly CancellationTokenSource _closed = new();
    private bool _initReceived;
    private StageUserContext? _context;

    /// <summary>Whether the upgrade carried credentials and was admitted then; otherwise <c>connection_init</c> admits it.</summary>
    private readonly bool _admittedAtUpgrade;

    public GraphQLWebSocketConnection(HttpContext http, WebSocket socket, WebSocketProtocol protocol)
    {
        _http = http;
        _socket = socket;
        _protocol = protocol;
        _options = http.RequestServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        _outbox = new WebSocketOutbox(socket);
        _admittedAtUpgrade = http.Features.Get<Viewer>() is not null || http.Features.Get<ApiClient>() is not null;
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

    /// <summary>
    /// Runs until the close handshake is over. Nothing here cancels a pending receive, since that would abort the
    /// socket before the close frame is out (the client would see 1006): a close is a frame queued behind the
    /// messages, and the reader ends when the client answers it (or the outbox cuts a client that does not).
    /// </summary>
    public async Task RunAsync(CancellationToken aborted)
    {
        var receiving = ReceiveUntilClosedAsync(aborted);
        _ = CloseUnlessInitialisedAsync(_closed.Token);
        try
        {
            await _outbox.RunAsync(receiving, aborted);
            await receiving;
        }
        finally
        {
            Close(WebSocketCloseCodes.GoingAway, "Connection closed");
            await _closed.CancelAsync();
        }
    }

    public void Dispose()
    {
        _closed.Dispose();
        _outbox.Dispose();
    }

    private async Task ReceiveUntilClosedAsync(CancellationToken aborted)
    {
        var reader = new WebSocketMessageReader(_socket, _options.MaxMessageBytes);
        try
        {
            while (true)
            {
                var outcome = await reader.ReadAsync(aborted);
                if (outcome == WebSocketMessageReader.Outcome.Closed)
                {
                    Close((int)(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "");
                    return;
                }

                if (_outbox.IsClosing)
                {
                    continue; // once our close frame is queued, only the client's answer matters
                }

                if (outcome == WebSocketMessageReader.Outcome.TooBig)
                {
                    Refuse(WebSocketCloseCodes.MessageTooBig, $"Messages are limited to {_options.MaxMessageBytes} bytes");
                    continue;
                }

                try
                {
                    await HandleAsync(_protocol.Parse(reader.Message), aborted);
                }
                catch (InvalidMessageException invalid)
                {
                    Refuse(WebSocketCloseCodes.BadRequest, invalid.Message);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            Close(WebSocketCloseCodes.GoingAway, "Connection lost");
        }
    }

    private async Task HandleAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        switch (message.Intent)
        {
            case ClientIntent.Initialise:
                await InitialiseAsync(message.Payload, cancellationToken);
                break;
            case ClientIntent.Ping:
                _outbox.Send(_protocol.Pong(message.Payload));
                break;
            case ClientIntent.Pong:
                break;
            case ClientIntent.Start when _context is null:
                Refuse(WebSocketCloseCodes.Unauthorized, "Unauthorized");
                break;
            case ClientIntent.Start:
                StartOperation(message.Id!, message.Payload!.Value);
                break;
            case ClientIntent.Stop:
                if (EndOperation(message.Id!) && _protocol.Stopped(message.Id!) is { } stopped)
                {
                    _outbox.Send(stopped);
                }

                break;
            case ClientIntent.Terminate:
                Close(WebSocketCloseCodes.NormalClosure, "Terminated by the client");
                break;
            default:
                Refuse(WebSocketCloseCodes.InternalServerError, $"Unexpected message of type {message.Type} received");
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload, CancellationToken cancellationToken)
    {
        if (_initReceived)
        {
            Refuse(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        _initReceived = true;
        var credentials = ConnectionInitPayload.Read(payload);
        if (!await AcceptApiKeyAsync(credentials.ApiKey, cancellationToken))
        {
            return;
        }

        var viewer = _http.Features.Get<Viewer>();
        if (credentials.Token is { } token)
        {
            var authenticator = _http.RequestServices.GetRequiredService<ViewerAuthenticator>();
            (viewer, var principal, var refusal) = await authenticator.AuthenticateTokenAsync(token, cancellationToken);
            if (refusal is not null)
            {
                // A provider outage is no verdict on the token: "try again later" lets the client retry.
                if (refusal.IsOutage)
                {
                    Refuse(WebSocketCloseCodes.TryAgainLater, refusal.Message, ErrorCodes.IdentityProviderUnavailable);
                }
                else
                {
                    Refuse(WebSocketCloseCodes.Forbidden, "Forbidden: " + refusal.Message, ErrorCodes.Unauthenticated);
                }

                return;
            }

            _ = TokenExpiry.WaitAsync(principal!, CloseAsExpired, _closed.Token);
        }
        else if (viewer is not null)
        {
            _ = TokenExpiry.WaitAsync(_http.User, CloseAsExpired, _closed.Token);
        }

        if (!_admittedAtUpgrade
            && _http.RequestServices.GetRequiredService<GraphQLRequestExecutor>().AdmitInitialisedConnection(_http, viewer) is { } limited)
        {
            Refuse(WebSocketCloseCodes.TryAgainLater, limited.Message, limited.Code);
            return;
        }

        _context = new StageUserContext { Viewer = viewer };
        _outbox.Send(_protocol.Ack());
        if (_protocol.KeepAlive() is { } keepAlive)
        {
            _ = KeepAliveAsync(keepAlive, _closed.Token);
        }
    }

    /// <summary>
    /// The connection's API key: the payload's (a browser cannot set <c>X-Api-Key</c> on a WebSocket), else the upgrade
    /// request's. It then counts for the connection as a header's would (territory, rate limit, persisted-only); a
    /// browser page's origin must be one that the key (or, without a key, the keyless list) allows.
    /// </summary>
    private async Task<bool> AcceptApiKeyAsync(string? keyText, CancellationToken cancellationToken)
    {
        if (keyText is not null)
        {
            if (await _http.RequestServices.GetRequiredService<ApiKeyStore>().FindAsync(keyText, cancellationToken) is not { } client)
            {
                Refuse(WebSocketCloseCodes.Forbidden, "Forbidden: the apiKey is not an active API key (unknown, malformed or revoked)", ErrorCodes.InvalidApiKey);
                return false;
            }

            _http.Features.Set(client);
        }

        if (BrowserOrigin.CrossOriginOf(_http.Request) is { } origin
            && !_http.RequestServices.GetRequiredService<BrowserOriginRule>().Allows(origin, _http.Features.Get<ApiClient>()))
        {
            Refuse(WebSocketCloseCodes.Forbidden, "Forbidden: " + BrowserOriginRule.Refusal(origin), ErrorCodes.OriginNotAllowed);
            return false;
        }

        return true;
    }

    private void StartOperation(string id, JsonElement payload)
    {
        if (_operations.ContainsKey(id))
        {
            Refuse(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        var operation = new WebSocketOperation(id, _http, _outbox, this, _protocol, _options.DeliveryWindow);
        if (!_operations.TryAdd(id, operation))
        {
            return;
        }

        _ = operation.RunAsync(payload, _context!, _operations.Count > _options.MaxOperationsPerConnection, _closed.Token);
    }

    /// <summary>Ends an operation (its client completed it, it finished, or the connection closes); false when it was not running.</summary>
    internal bool EndOperation(string id)
    {
        if (!_operations.TryRemove(id, out var operation))
        {
            return false;
        }

        operation.Dispose();
        return true;
    }

    /// <summary>Closes because of what the client did, first telling it why when its protocol has a message for that.</summary>
    private void Refuse(int code, string reason, string? errorCode = null)
    {
        if (!_outbox.IsClosing && _protocol.BeforeClose(reason, errorCode) is { } explanation)
        {
            _outbox.Send(explanation);
        }

        Close(code, reason);
    }

    private void CloseAsExpired() => Refuse(WebSocketCloseCodes.Forbidden, "Forbidden: the token has expired", ErrorCodes.Unauthenticated);

    private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, cancellationToken);
            if (!_initReceived)
            {
                Refuse(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task KeepAliveAsync(byte[] keepAlive, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.KeepAliveInterval);
        try
        {
            do
            {
                _outbox.Send(keepAlive);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
        }
    }
}

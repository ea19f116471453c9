using System.Text.Json;
using GraphQL;
using GraphQLParser.AST;
using Stage.Api.Events;
using Stage.Api.Kit.Errors;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Http;
using Stage.Api.Kit.Requests;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// One operation of a connection (<c>subscribe</c>, or the legacy <c>start</c>): a query or mutation answers one
/// result then <c>complete</c>; a subscription answers a result per event until either side ends it; errors before
/// execution answer <c>error</c>. The protocol names and frames each message.
/// </summary>
public sealed class WebSocketOperation(
    string id, HttpContext http, WebSocketOutbox outbox, GraphQLWebSocketConnection connection, WebSocketProtocol protocol, int window)
    : IObserver<ExecutionResult>, IDisposable
{
    private readonly DeliveryCredits _credits = new(window);
    private readonly CancellationTokenSource _ended = new();
    private IDisposable? _subscription;
    private int _disposed;

    public async Task RunAsync(JsonElement payload, StageUserContext context, bool overLimit, CancellationToken connectionClosed)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed, _ended.Token);
        try
        {
            if (overLimit)
            {
                Finish(protocol.Error(id, ExecutionResults.Refused(
                    ErrorCodes.TooManyOperations, "Too many operations at once on this connection; complete some first.")));
                return;
            }

            var request = new GraphQLHttpRequest(
                payload.GetProperty("query").GetString() ?? "",
                payload.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
                ObjectOrNull(payload, "variables"),
                ObjectOrNull(payload, "extensions"));
            var outcome = await http.RequestServices.GetRequiredService<GraphQLRequestExecutor>().ExecuteAsync(new GraphQLCall(
                http, StageUserContext.ForOperation(http, context.Viewer, _credits), () => Task.FromResult(request), stop.Token)
            {
                Counted = "Operations",
            });
            var result = outcome.Result;
            if (stop.IsCancellationRequested)
            {
                return;
            }

            if (result.Streams is { Count: > 0 } streams)
            {
                var subscription = streams.Values.First().Subscribe(this);
                if (Interlocked.CompareExchange(ref _subscription, subscription, null) is not null || _disposed == 1)
                {
                    subscription.Dispose();
                }
            }
            else if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
            {
                Finish(protocol.Error(id, result));
            }
            else
            {
                outbox.Send(protocol.Next(id, result));
                Finish(protocol.Complete(id));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    public void OnNext(ExecutionResult value)
    {
        outbox.Send(protocol.Next(id, value), _credits.Return);
    }

    public void OnError(Exception error)
    {
        if (error is SlowConsumerError slow)
        {
            connection.Close(SlowConsumerError.CloseCode, slow.Message);
            return;
        }

        Finish(protocol.Error(id, ExecutionResults.StreamFailed(error)));
    }

    public void OnCompleted() => Finish(protocol.Complete(id));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _ended.Cancel();
        Interlocked.Exchange(ref _subscription, null)?.Dispose();
        _ended.Dispose();
        _credits.Dispose();
    }

    /// <summary>Sends the last message of the operation, unless its client completed it first.</summary>
    private void Finish(byte[] message)
    {
        if (_disposed == 0)
        {
            outbox.Send(message);
            connection.EndOperation(id);
        }
    }

    private static JsonElement? ObjectOrNull(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;
}

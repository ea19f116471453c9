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
/// One <c>subscribe</c> of a connection: a query or mutation answers one <c>next</c> then
/// <c>complete</c>; a subscription answers <c>next</c> per event until either side completes it;
/// errors before execution answer <c>error</c>.
/// </summary>
public sealed class WebSocketOperation(string id, HttpContext http, WebSocketOutbox outbox, GraphQLWebSocketConnection connection, int window)
    : IObserver<ExecutionResult>, IDisposable
{
    private readonly DeliveryCredits _credits = new(window);
    private readonly ServerMessages _messages = http.RequestServices.GetRequiredService<ServerMessages>();
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
                Finish(_messages.Error(id, ExecutionResults.Refused(
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
                Finish(_messages.Error(id, result));
            }
            else
            {
                outbox.Send(_messages.Next(id, result));
                Finish(ServerMessages.Complete(id));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    public void OnNext(ExecutionResult value)
    {
        outbox.Send(_messages.Next(id, value), _credits.Return);
    }

    public void OnError(Exception error)
    {
        if (error is SlowConsumerError slow)
        {
            connection.Close(SlowConsumerError.CloseCode, slow.Message);
            return;
        }

        Finish(_messages.Error(id, ExecutionResults.StreamFailed(error)));
    }

    public void OnCompleted() => Finish(ServerMessages.Complete(id));

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

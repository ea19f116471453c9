using GraphQL;
using Stage.Api.Events;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.GraphQL.Sse;

/// <summary>
/// Turns a subscription's results into events of one stream, giving credits back as they are
/// written. A client too slow to read is cut off (<paramref name="abort"/>): nothing more could reach it.
/// </summary>
public sealed class SseObserver(SseWriter writer, DeliveryCredits credits, Action abort) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => writer.Next(value, credits.Return);

    public void OnError(Exception error)
    {
        if (error is SlowConsumerError)
        {
            abort();
            return;
        }

        var result = ExecutionResults.StreamFailed(error);
        writer.Next(result, sent: null);
        writer.Complete();
    }

    public void OnCompleted() => writer.Complete();
}

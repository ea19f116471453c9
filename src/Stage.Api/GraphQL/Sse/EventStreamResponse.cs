using System.Text;
using System.Threading.Channels;
using GraphQL;
using Microsoft.Extensions.Options;
using Stage.Api.Events;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Http;
using Stage.Api.GraphQL.Realtime;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, "distinct connections" mode (the graphql-sse protocol): the answer to a
/// GraphQL-over-HTTP request that takes an event stream (see <see cref="AcceptedAnswers"/>) carries its result(s) as
/// <c>next</c> events, then a <c>complete</c> event. Errors found before execution come as a <c>next</c> event too;
/// only a malformed HTTP request or a caller whose allowance is spent (429) is refused with a JSON error, before the
/// stream starts. The client ends a subscription by closing the connection.
/// </summary>
public static class EventStreamResponse
{
    /// <summary>Streams <paramref name="result"/>: its one result, or each event of its subscription until either side ends it.</summary>
    /// <param name="http">The request to answer.</param>
    /// <param name="result">What the executor answered.</param>
    /// <param name="credits">The back-pressure the subscription was given; required when the result streams.</param>
    public static async Task WriteAsync(HttpContext http, ExecutionResult result, DeliveryCredits? credits)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        var writer = new SseWriter(http, options.SseKeepAliveInterval);
        await writer.StartAsync();
        if (result.Streams is not { Count: > 0 } streams)
        {
            writer.Next(result, sent: null);
            writer.Complete();
            await writer.RunAsync(http.RequestAborted);
            return;
        }

        var observer = new SseObserver(writer, credits ?? throw new InvalidOperationException("A subscription runs only where it was given delivery credits."), http.Abort);
        using var subscription = streams.Values.First().Subscribe(observer);
        var connections = http.RequestServices.GetRequiredService<RealtimeConnections>();
        using (connections.Register(writer.Complete))
        {
            await writer.RunAsync(http.RequestAborted);
        }
    }
}

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

/// <summary>
/// The one writer of an event stream response: <c>next</c> events in order, a keep-alive comment
/// when idle, and a final <c>complete</c> event.
/// </summary>
public sealed class SseWriter(HttpContext http, TimeSpan keepAlive)
{
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();
    private static readonly byte[] CompleteEvent = "event: complete\ndata:\n\n"u8.ToArray();
    private readonly Channel<(ExecutionResult Result, Action? Sent)> _events = Channel.CreateUnbounded<(ExecutionResult, Action?)>(new UnboundedChannelOptions { SingleReader = true });

    public async Task StartAsync()
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ResponseMediaType.EventStream + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.StartAsync(http.RequestAborted);
    }

    public void Next(ExecutionResult result, Action? sent)
    {
        if (!_events.Writer.TryWrite((result, sent)))
        {
            sent?.Invoke();
        }
    }

    /// <summary>Ends the stream after what is queued.</summary>
    public void Complete() => _events.Writer.TryComplete();

    public async Task RunAsync(CancellationToken aborted)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var body = http.Response.Body;
        try
        {
            while (await WaitOrKeepAliveAsync(aborted))
            {
                while (_events.Reader.TryRead(out var item))
                {
                    var data = Encoding.UTF8.GetBytes("event: next\ndata: " + serializer.Serialize(item.Result) + "\n\n");
                    await body.WriteAsync(data, aborted);
                    await body.FlushAsync(aborted);
                    item.Sent?.Invoke();
                }
            }

            await body.WriteAsync(CompleteEvent, aborted);
            await body.FlushAsync(aborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Waits for events; writes a comment each idle interval. False once the stream is complete.</summary>
    private async Task<bool> WaitOrKeepAliveAsync(CancellationToken aborted)
    {
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            idle.CancelAfter(keepAlive);
            try
            {
                return await _events.Reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                await http.Response.Body.WriteAsync(KeepAliveComment, aborted);
                await http.Response.Body.FlushAsync(aborted);
            }
        }
    }
}

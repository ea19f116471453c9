using System.Text;
using System.Threading.Channels;
using GraphQL;

namespace Stage.Api.GraphQL.Sse;

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
        http.Response.ContentType = GraphQLSseEndpoint.EventStream + "; charset=utf-8";
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

using System.Diagnostics;

namespace Stage.Bench;

/// <summary>The run's WebSocket subscribers, opened and closed a bounded number at a time (the machine may have 2 cores).</summary>
public sealed class SubscriberPool(Uri httpEndpoint, ISubscriptionSink sink) : IDisposable
{
    private readonly HttpMessageInvoker _invoker = new(new SocketsHttpHandler { UseProxy = false });
    private readonly Uri _endpoint = new UriBuilder(httpEndpoint) { Scheme = "ws" }.Uri;
    private WsSubscriber?[] _subscribers = [];

    public int FailedLater => _subscribers.Count(s => s is { Failed: true });

    /// <summary>Opens one subscriber per entry (its token, none for anonymous, and its variables); tells how many could not be opened.</summary>
    public async Task<OpeningResult> OpenAsync(
        string query, IReadOnlyList<(string? Token, object Variables)> subscriptions, int concurrency, CancellationToken cancellationToken)
    {
        _subscribers = new WsSubscriber?[subscriptions.Count];
        var failures = 0;
        var opened = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, subscriptions.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, _) =>
            {
                var subscriber = new WsSubscriber(i, sink, query);
                try
                {
                    await subscriber.OpenAsync(_endpoint, _invoker, subscriptions[i].Token, subscriptions[i].Variables, cancellationToken);
                    _subscribers[i] = subscriber;
                    if (Interlocked.Increment(ref opened) % 2000 == 0)
                    {
                        Log.Step($"{opened:N0} subscribers open ({stopwatch.Elapsed.TotalSeconds:0.0} s)");
                    }
                }
                catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or InvalidOperationException or OperationCanceledException
                    && !cancellationToken.IsCancellationRequested)
                {
                    subscriber.Dispose();
                    Interlocked.Increment(ref failures);
                    sink.Error($"subscriber {i} could not open: {e.GetType().Name}: {e.Message}");
                }
            });
        var seconds = stopwatch.Elapsed.TotalSeconds;
        return new OpeningResult(opened, failures, 0, Math.Round(seconds, 2), Math.Round(opened / seconds, 1));
    }

    public async Task CloseAsync(int concurrency, CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(_subscribers.Where(s => s is not null),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (subscriber, ct) => await subscriber!.CloseAsync(ct));

    public void Dispose()
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber?.Dispose();
        }

        _invoker.Dispose();
    }
}

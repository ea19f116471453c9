namespace Stage.Api.Events;

/// <summary>
/// Brings every committed event of one table to this instance's subscribers: woken by the
/// database's notifications, it reads the events after the last position it published, in order,
/// so that events notified while the listener was away are read on its return.
/// </summary>
public sealed class PartyEventFeed<T>(IPartyEventStore<T> store, PartyEventHub<T> hub, ILogger<PartyEventFeed<T>> logger)
    : IDatabaseNotificationHandler where T : class, IPartyEvent
{
    private const int BatchSize = 500;
    private readonly WakeSignal _wake = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long? _published;

    /// <summary>
    /// Done once the feed knows where it starts, that is once it publishes every event committed from then on. A stream
    /// registered before that would miss the events committed between its registration and the feed's start, so the
    /// subscriber waits for it (only just after the process started: the listener's first connection).
    /// </summary>
    public Task Started => _started.Task;

    public string Channel => EventChannels.Events;

    public void OnNotification(string payload)
    {
        if (payload == store.Table)
        {
            _wake.Wake();
        }
    }

    public void OnConnected() => _wake.Wake();

    public Task RunAsync(CancellationToken stoppingToken) =>
        _wake.RunEachWakeAsync(PublishNewEventsAsync, e => logger.LogWarning("Could not read new events of {Table} ({Reason}).", store.Table, e.Message), stoppingToken);

    private async Task PublishNewEventsAsync(CancellationToken cancellationToken)
    {
        if (_published is null)
        {
            // At start-up only what commits from now on is new (resuming subscribers replay the rest).
            _published = await store.LastPositionAsync(cancellationToken);
            _started.TrySetResult();
            return;
        }

        IReadOnlyList<T> batch;
        do
        {
            batch = await store.ReadAsync(_published.Value, BatchSize, viewer: null, subjectId: null, cancellationToken);
            foreach (var change in batch)
            {
                hub.Publish(change);
                _published = change.Position;
            }
        }
        while (batch.Count == BatchSize);
    }
}

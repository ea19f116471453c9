using Stage.Api.Events;

namespace Stage.Api.Applications.Subscriptions;

/// <summary>
/// Brings every committed application status change to this instance's subscribers: woken by the
/// database's notifications, it reads the changes after the last position it published, in order,
/// so that changes notified while the listener was away are read on its return.
/// </summary>
public sealed class ApplicationStatusFeed(
    ApplicationStatusChanges changes, ApplicationStatusHub hub, ILogger<ApplicationStatusFeed> logger) : IDatabaseNotificationHandler
{
    private const string Table = "application_events";
    private const int BatchSize = 500;
    private readonly WakeSignal _wake = new();
    private long? _published;

    public string Channel => EventChannels.Events;

    /// <summary>The position of the last change handed to subscribers.</summary>
    public long? PublishedPosition => _published;

    public void OnNotification(string payload)
    {
        if (payload == Table)
        {
            _wake.Wake();
        }
    }

    public void OnConnected() => _wake.Wake();

    public Task RunAsync(CancellationToken stoppingToken) =>
        _wake.RunEachWakeAsync(PublishNewChangesAsync, e => logger.LogWarning("Could not read new application events ({Reason}).", e.Message), stoppingToken);

    private async Task PublishNewChangesAsync(CancellationToken cancellationToken)
    {
        if (_published is null)
        {
            // At start-up only what commits from now on is new (resuming subscribers replay the rest).
            _published = await changes.LastPositionAsync(cancellationToken);
            return;
        }

        IReadOnlyList<ApplicationStatusChange> batch;
        do
        {
            batch = await changes.ReadAsync(_published.Value, BatchSize, viewer: null, applicationId: null, cancellationToken);
            foreach (var change in batch)
            {
                hub.Publish(change);
                _published = change.Position;
            }
        }
        while (batch.Count == BatchSize);
    }
}

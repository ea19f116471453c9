namespace Stage.Api.Events;

/// <summary>
/// Reacts to the notifications of one channel, received by <see cref="DatabaseNotificationListener"/>.
/// Notifications are wake-up calls only: they are lost while the listener is disconnected, so a
/// handler must also catch up by itself when told the listener (re)connected.
/// </summary>
public interface IDatabaseNotificationHandler
{
    /// <summary>The channel listened to.</summary>
    string Channel { get; }

    /// <summary>A notification arrived. Must return at once (the listener's loop calls it).</summary>
    void OnNotification(string payload);

    /// <summary>The listener (re)connected: what happened while it was away must be read from the tables.</summary>
    void OnConnected();

    /// <summary>The handler's own work loop, run for the life of the listener.</summary>
    Task RunAsync(CancellationToken stoppingToken);
}

using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Events;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// Publishes an offer's seats and status when the database notifies a change to it, for the offers
/// followed in this instance; after the listener reconnects it re-reads every followed offer and
/// publishes those that changed meanwhile.
/// </summary>
public sealed class OfferSeatsFeed(
    IDbContextFactory<StageDbContext> databases, OfferSeatsHub hub, ILogger<OfferSeatsFeed> logger) : IDatabaseNotificationHandler
{
    private readonly ConcurrentDictionary<long, bool> _changed = new();
    private readonly WakeSignal _wake = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _position;

    /// <summary>
    /// Done once the listener has connected the first time. A stream registered before that would get its offers'
    /// current state on that connection, as after a reconnection, though nothing changed; so the subscriber waits for it
    /// (only just after the process started).
    /// </summary>
    public Task Started => _started.Task;

    public string Channel => EventChannels.OfferSeats;

    public void OnNotification(string payload)
    {
        if (long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var offerId))
        {
            _changed[offerId] = true;
            _wake.Wake();
        }
    }

    public void OnConnected()
    {
        foreach (var offerId in hub.FollowedOffers())
        {
            _changed[offerId] = true;
        }

        _started.TrySetResult();
        _wake.Wake();
    }

    public Task RunAsync(CancellationToken stoppingToken) =>
        _wake.RunEachWakeAsync(PublishChangedAsync, e => logger.LogWarning("Could not read changed offers ({Reason}).", e.Message), stoppingToken);

    private async Task PublishChangedAsync(CancellationToken cancellationToken)
    {
        var followed = hub.FollowedOffers().ToHashSet();
        var ids = _changed.Keys.Where(id => _changed.TryRemove(id, out _) && followed.Contains(id)).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        try
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var offers = await db.Offers.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
            foreach (var offer in offers)
            {
                hub.Publish(new OfferSeatsChange(Interlocked.Increment(ref _position), offer.Id, offer.Seats, offer.RemainingSeats, offer.Status), offer);
            }
        }
        catch
        {
            foreach (var id in ids)
            {
                _changed[id] = true;
            }

            throw;
        }
    }
}

using Stage.Api.Events;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// Brings every committed row of <c>offer_events</c> to this instance's <c>offersPublished</c> subscribers, reading each row
/// once, in position order, when the database notifies the table (and after the listener reconnects). A publication goes
/// to the candidates the hub's index names whose filters the database confirms (one statement for the batch); a follow-up
/// goes to the streams that were handed the offer.
/// </summary>
public sealed class OfferPublicationFeed(OfferPublications store, OfferPublicationHub hub, ILogger<OfferPublicationFeed> logger)
    : IDatabaseNotificationHandler, IDisposable
{
    private const int BatchSize = 500;
    private const long Unknown = -1;
    private readonly WakeSignal _wake = new();
    private readonly SemaphoreSlim _starting = new(1, 1);
    private long _published = Unknown;

    public string Channel => EventChannels.Events;

    public void OnNotification(string payload)
    {
        if (payload == OfferPublications.Table)
        {
            _wake.Wake();
        }
    }

    public void OnConnected() => _wake.Wake();

    public void Dispose() => _starting.Dispose();

    public Task RunAsync(CancellationToken stoppingToken) =>
        _wake.RunEachWakeAsync(PublishNewEventsAsync, e => logger.LogWarning("Could not read new offer events ({Reason}).", e.Message), stoppingToken);

    /// <summary>
    /// The last position this instance's feed has dispatched, where a new stream starts: every later event is either
    /// dispatched after the stream registers or there for its replay. Read from the table on first use (at start-up only
    /// what commits from then on is new), so a stream opened before the listener connected cannot start past the feed.
    /// </summary>
    public async Task<long> PositionAsync(CancellationToken cancellationToken)
    {
        var position = Volatile.Read(ref _published);
        if (position != Unknown)
        {
            return position;
        }

        await _starting.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _published) == Unknown)
            {
                Volatile.Write(ref _published, await store.LastPositionAsync(cancellationToken));
            }

            return Volatile.Read(ref _published);
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task PublishNewEventsAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _published) == Unknown)
        {
            // Started by the listener's connection: nothing is new yet (and nothing touches the offers table).
            await PositionAsync(cancellationToken);
            return;
        }

        var published = Volatile.Read(ref _published);
        List<OfferEventRow> batch;
        do
        {
            if (hub.Count == 0)
            {
                // Nobody listens here: skip ahead (a stream opened meanwhile starts before and replays what it skips).
                Volatile.Write(ref _published, Math.Max(published, await store.LastPositionAsync(cancellationToken)));
                return;
            }

            batch = await store.ReadAsync(published, BatchSize, cancellationToken);
            await PublishAsync(batch, cancellationToken);
            if (batch.Count > 0)
            {
                published = batch[^1].Event.Position;
                Volatile.Write(ref _published, published);
            }
        }
        while (batch.Count == BatchSize);
    }

    private async Task PublishAsync(List<OfferEventRow> batch, CancellationToken cancellationToken)
    {
        // Per offer, its candidates grouped by the condition that decides them: subscribers with equal conditions (the same
        // filter for the same kind of caller, or radii that surely hold the offer) are tested once; "always true" not at all.
        var offers = new List<(long OfferId, List<OfferCondition> Conditions, ILookup<string, OfferFeedSubscriber> ByKey, long Position)>();
        var matchedAt = new Dictionary<long, List<OfferFeedSubscriber>>();
        foreach (var row in batch.Where(r => r is { OfferExists: true, Event.Kind: OfferPublicationKind.Published }))
        {
            var candidates = hub.Candidates(row);
            var byKey = candidates.ToLookup(c => c.Condition.Key, c => c.Subscriber);
            var conditions = candidates.Select(c => c.Condition).DistinctBy(c => c.Key).ToList();
            matchedAt[row.Event.Position] = [.. conditions.Where(c => c.IsAlwaysTrue).SelectMany(c => byKey[c.Key])];
            offers.Add((row.Event.OfferId, [.. conditions.Where(c => !c.IsAlwaysTrue)], byKey, row.Event.Position));
        }

        var met = await store.MatchAsync([.. offers.Where(o => o.Conditions.Count > 0).Select(o => (o.OfferId, o.Conditions))], cancellationToken);
        var tested = 0;
        foreach (var (_, conditions, byKey, position) in offers.Where(o => o.Conditions.Count > 0))
        {
            matchedAt[position].AddRange(conditions.Where((_, c) => met[tested][c]).SelectMany(c => byKey[c.Key]));
            tested++;
        }

        foreach (var row in batch)
        {
            var change = row.Event;
            if (change.Kind == OfferPublicationKind.Published)
            {
                foreach (var subscriber in matchedAt.GetValueOrDefault(change.Position) ?? [])
                {
                    hub.Follow(subscriber, change.OfferId);
                    subscriber.Offer(change);
                }
            }
            else
            {
                foreach (var subscriber in hub.Followers(change.OfferId))
                {
                    subscriber.Offer(change);
                }
            }
        }
    }
}

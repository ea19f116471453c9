using Stage.Api.Events;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// Brings every committed row of <c>offer_events</c> to this instance's <c>offersPublished</c> subscribers, reading each row
/// once, in position order, when the database notifies the table (and after the listener reconnects). A publication goes
/// to the candidates the hub's index names whose filters the database confirms (one statement for the batch); a follow-up
/// goes to the streams that were handed the offer.
/// </summary>
public sealed class OfferPublicationFeed(OfferPublications store, OfferPublicationHub hub, ILogger<OfferPublicationFeed> logger)
    : IDatabaseNotificationHandler
{
    private const int BatchSize = 500;
    private readonly WakeSignal _wake = new();
    private long? _published;

    public string Channel => EventChannels.Events;

    public void OnNotification(string payload)
    {
        if (payload == OfferPublications.Table)
        {
            _wake.Wake();
        }
    }

    public void OnConnected() => _wake.Wake();

    public Task RunAsync(CancellationToken stoppingToken) =>
        _wake.RunEachWakeAsync(PublishNewEventsAsync, e => logger.LogWarning("Could not read new offer events ({Reason}).", e.Message), stoppingToken);

    private async Task PublishNewEventsAsync(CancellationToken cancellationToken)
    {
        if (_published is null)
        {
            // At start-up only what commits from now on is new (every stream replays from its own start).
            _published = await store.LastPositionAsync(cancellationToken);
            return;
        }

        List<OfferEventRow> batch;
        do
        {
            batch = await store.ReadAsync(_published.Value, BatchSize, cancellationToken);
            if (hub.Count > 0)
            {
                await PublishAsync(batch, cancellationToken);
            }

            if (batch.Count > 0)
            {
                _published = batch[^1].Event.Position;
            }
        }
        while (batch.Count == BatchSize);
    }

    private async Task PublishAsync(List<OfferEventRow> batch, CancellationToken cancellationToken)
    {
        var publications = batch.Where(r => r is { OfferExists: true, Event.Kind: OfferPublicationKind.Published })
            .Select(r => (r.Event.OfferId, Candidates: hub.Candidates(r), r.Event.Position))
            .Where(p => p.Candidates.Count > 0)
            .ToList();
        var matched = await store.MatchAsync([.. publications.Select(p => (p.OfferId, p.Candidates))], cancellationToken);
        var matchedAt = publications.Select((p, i) => (p.Position, Subscribers: matched[i])).ToDictionary(p => p.Position, p => p.Subscribers);

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

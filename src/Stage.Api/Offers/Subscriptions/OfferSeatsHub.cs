using Stage.Api.Events;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>This instance's subscribers to offers' seats, by offer.</summary>
public sealed class OfferSeatsHub
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, List<EventSubscription<OfferSeatsChange>>> _byOffer = [];

    /// <summary>Delivers to <paramref name="stream"/> the changes of each of these (distinct) offers until disposed.</summary>
    public IDisposable Register(EventSubscription<OfferSeatsChange> stream, IReadOnlyCollection<long> offerIds)
    {
        lock (_gate)
        {
            foreach (var offerId in offerIds)
            {
                if (!_byOffer.TryGetValue(offerId, out var list))
                {
                    _byOffer[offerId] = list = [];
                }

                list.Add(stream);
            }
        }

        return new Registration(() =>
        {
            lock (_gate)
            {
                foreach (var offerId in offerIds)
                {
                    if (_byOffer.TryGetValue(offerId, out var list) && list.Remove(stream) && list.Count == 0)
                    {
                        _byOffer.Remove(offerId);
                    }
                }
            }
        });
    }

    /// <summary>The offers someone follows here.</summary>
    public long[] FollowedOffers()
    {
        lock (_gate)
        {
            return [.. _byOffer.Keys];
        }
    }

    public void Publish(OfferSeatsChange change)
    {
        EventSubscription<OfferSeatsChange>[] targets;
        lock (_gate)
        {
            targets = _byOffer.TryGetValue(change.OfferId, out var list) ? [.. list] : [];
        }

        foreach (var target in targets)
        {
            target.Offer(change);
        }
    }
}

using Stage.Api.Events;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// This instance's subscribers to offers' seats, by offer. Each change goes only to the followers who may still see the
/// offer: one reserved to schools since a stream started is, for the others, as if it no longer existed.
/// </summary>
public sealed class OfferSeatsHub
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, List<(EventSubscription<OfferSeatsChange> Stream, Viewer? Viewer)>> _byOffer = [];

    /// <summary>Delivers to <paramref name="stream"/> the changes of each of these (distinct) offers until disposed.</summary>
    public IDisposable Register(EventSubscription<OfferSeatsChange> stream, IReadOnlyCollection<long> offerIds, Viewer? viewer)
    {
        lock (_gate)
        {
            foreach (var offerId in offerIds)
            {
                if (!_byOffer.TryGetValue(offerId, out var list))
                {
                    _byOffer[offerId] = list = [];
                }

                list.Add((stream, viewer));
            }
        }

        return new Registration(() =>
        {
            lock (_gate)
            {
                foreach (var offerId in offerIds)
                {
                    if (_byOffer.TryGetValue(offerId, out var list) && list.RemoveAll(f => f.Stream == stream) > 0 && list.Count == 0)
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

    /// <summary>Delivers <paramref name="change"/> of <paramref name="offer"/> (as it stands after the change) to its followers who may see it.</summary>
    public void Publish(OfferSeatsChange change, Offer offer)
    {
        (EventSubscription<OfferSeatsChange> Stream, Viewer? Viewer)[] followers;
        lock (_gate)
        {
            followers = _byOffer.TryGetValue(change.OfferId, out var list) ? [.. list] : [];
        }

        foreach (var (stream, viewer) in followers.Where(f => f.Viewer.CanSee(offer)))
        {
            stream.Offer(change);
        }
    }
}

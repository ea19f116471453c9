using Stage.Api.Events;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// This instance's <c>offersPublished</c> subscribers, indexed so that an event reaches only its candidates: by the keys
/// of their filters (grid cells, départements or sectors; see <see cref="OfferFeedFilter.Keys"/>), the rest in one list
/// of every event's candidates; and by the offers each one was handed, for the events that follow a delivery.
/// </summary>
public sealed class OfferPublicationHub
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<OfferFeedSubscriber>> _byKey = [];
    private readonly List<OfferFeedSubscriber> _everywhere = [];
    private readonly Dictionary<long, List<OfferFeedSubscriber>> _byOffer = [];
    private int _count;

    /// <summary>How many subscribers are registered here.</summary>
    public int Count => Volatile.Read(ref _count);

    public IDisposable Register(OfferFeedSubscriber subscriber)
    {
        lock (_gate)
        {
            if (subscriber.Filter.Keys is not { } keys)
            {
                _everywhere.Add(subscriber);
            }
            else
            {
                foreach (var key in keys)
                {
                    Add(_byKey, key, subscriber);
                }
            }

            foreach (var offerId in subscriber.Followed)
            {
                Add(_byOffer, offerId, subscriber);
            }

            _count++;
        }

        return new Registration(() => Remove(subscriber));
    }

    /// <summary>
    /// The subscribers whose filters an available offer with these attributes may match, each with the condition that
    /// decides it (see <see cref="OfferFeedFilter.ConditionAt"/>).
    /// </summary>
    public List<(OfferFeedSubscriber Subscriber, OfferCondition Condition)> Candidates(OfferEventRow row)
    {
        var subscribers = new List<OfferFeedSubscriber>();
        lock (_gate)
        {
            subscribers.AddRange(_everywhere);
            foreach (var key in OfferFeedFilter.KeysOfOffer(row.Latitude, row.Longitude, row.DepartmentCode, row.SectorId))
            {
                if (_byKey.TryGetValue(key, out var list))
                {
                    subscribers.AddRange(list);
                }
            }
        }

        var candidates = new List<(OfferFeedSubscriber, OfferCondition)>(subscribers.Count);
        foreach (var subscriber in subscribers)
        {
            if (subscriber.Filter.ConditionAt(row.Latitude, row.Longitude) is { } condition)
            {
                candidates.Add((subscriber, condition));
            }
        }

        return candidates;
    }

    /// <summary>Files <paramref name="subscriber"/> as handed <paramref name="offerId"/>, so that it gets what happens to it next.</summary>
    public void Follow(OfferFeedSubscriber subscriber, long offerId)
    {
        lock (_gate)
        {
            if (subscriber.Followed.Add(offerId) && !subscriber.Closed)
            {
                Add(_byOffer, offerId, subscriber);
            }
        }
    }

    /// <summary>The subscribers that were handed this offer (the stream itself decides whether it delivered it).</summary>
    public OfferFeedSubscriber[] Followers(long offerId)
    {
        lock (_gate)
        {
            return _byOffer.TryGetValue(offerId, out var list) ? [.. list] : [];
        }
    }

    private void Remove(OfferFeedSubscriber subscriber)
    {
        lock (_gate)
        {
            subscriber.Closed = true;
            if (subscriber.Filter.Keys is not { } keys)
            {
                _everywhere.Remove(subscriber);
            }
            else
            {
                foreach (var key in keys)
                {
                    RemoveFrom(_byKey, key, subscriber);
                }
            }

            foreach (var offerId in subscriber.Followed)
            {
                RemoveFrom(_byOffer, offerId, subscriber);
            }

            _count--;
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<OfferFeedSubscriber>> index, TKey key, OfferFeedSubscriber subscriber) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(subscriber);
    }

    private static void RemoveFrom<TKey>(Dictionary<TKey, List<OfferFeedSubscriber>> index, TKey key, OfferFeedSubscriber subscriber) where TKey : notnull
    {
        if (index.TryGetValue(key, out var list) && list.Remove(subscriber) && list.Count == 0)
        {
            index.Remove(key);
        }
    }
}

/// <summary>
/// One <c>offersPublished</c> stream as the hub knows it: its filter, its origin (the position it started after) and the
/// offers it was handed. What it really delivered is decided in its delivery order by <see cref="Deliverable"/>: a
/// follow-up (full, unpublished, removed) only for an offer the stream delivered and has not seen leave since.
/// </summary>
public sealed class OfferFeedSubscriber(OfferFeedFilter filter, long origin, IReadOnlyCollection<long> deliveredBefore)
{
    private readonly HashSet<long> _delivered = [.. deliveredBefore];

    public OfferFeedFilter Filter { get; } = filter;

    public long Origin { get; } = origin;

    /// <summary>Offers handed to the stream (a superset of those delivered); guarded by the hub.</summary>
    internal HashSet<long> Followed { get; } = [.. deliveredBefore];

    internal bool Closed { get; set; }

    public EventSubscription<OfferPublication>? Stream { get; set; }

    /// <summary>Called once per event, in delivery order, by the stream's one delivery loop.</summary>
    public bool Deliverable(OfferPublication publication)
    {
        var offerId = publication.Event.OfferId;
        switch (publication.Event.Kind)
        {
            case OfferPublicationKind.Published:
                _delivered.Add(offerId);
                return true;
            case OfferPublicationKind.Full:
                return _delivered.Contains(offerId);
            default:
                return _delivered.Remove(offerId);
        }
    }

    public void Offer(OfferAvailabilityEvent change) => Stream?.Offer(new OfferPublication(change, Origin));
}

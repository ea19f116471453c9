using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Events;

/// <summary>
/// This instance's subscribers to one kind of party event, and who gets which event: the subscribers
/// of that one subject, and the subscribers of "everything I may see" who may see it.
/// </summary>
public sealed class PartyEventHub<T> where T : class, IPartyEvent
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, List<Subscriber>> _bySubject = [];
    private readonly List<Subscriber> _everything = [];

    public IDisposable Register(EventSubscription<T> stream, Viewer viewer, long? subjectId)
    {
        var subscriber = new Subscriber(stream, viewer);
        lock (_gate)
        {
            if (subjectId is { } id)
            {
                if (!_bySubject.TryGetValue(id, out var list))
                {
                    _bySubject[id] = list = [];
                }

                list.Add(subscriber);
            }
            else
            {
                _everything.Add(subscriber);
            }
        }

        return new Registration(() => Remove(subscriber, subjectId));
    }

    public void Publish(T change)
    {
        Subscriber[] targets;
        lock (_gate)
        {
            targets = _bySubject.TryGetValue(change.SubjectId, out var list) ? [.. list, .. _everything] : [.. _everything];
        }

        foreach (var target in targets)
        {
            if (target.Viewer.Party.CanSee(change.Owners))
            {
                target.Stream.Offer(change);
            }
        }
    }

    private void Remove(Subscriber subscriber, long? subjectId)
    {
        lock (_gate)
        {
            if (subjectId is not { } id)
            {
                _everything.Remove(subscriber);
            }
            else if (_bySubject.TryGetValue(id, out var list) && list.Remove(subscriber) && list.Count == 0)
            {
                _bySubject.Remove(id);
            }
        }
    }

    private sealed record Subscriber(EventSubscription<T> Stream, Viewer Viewer);
}

using Stage.Api.Events;
using Stage.Api.Identity;

namespace Stage.Api.Applications.Subscriptions;

/// <summary>
/// This instance's subscribers to application status changes, and who gets which change: the
/// subscribers of that one application, and the subscribers of "everything I may see" who may see it.
/// </summary>
public sealed class ApplicationStatusHub
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, List<Subscriber>> _byApplication = [];
    private readonly List<Subscriber> _everything = [];

    public IDisposable Register(EventSubscription<ApplicationStatusChange> stream, Viewer viewer, long? applicationId)
    {
        var subscriber = new Subscriber(stream, viewer);
        lock (_gate)
        {
            if (applicationId is { } id)
            {
                if (!_byApplication.TryGetValue(id, out var list))
                {
                    _byApplication[id] = list = [];
                }

                list.Add(subscriber);
            }
            else
            {
                _everything.Add(subscriber);
            }
        }

        return new Registration(() => Remove(subscriber, applicationId));
    }

    public void Publish(ApplicationStatusChange change)
    {
        Subscriber[] targets;
        lock (_gate)
        {
            targets = _byApplication.TryGetValue(change.ApplicationId, out var list) ? [.. list, .. _everything] : [.. _everything];
        }

        foreach (var target in targets)
        {
            if (ApplicationAccess.CanSee(target.Viewer, change.Owners))
            {
                target.Stream.Offer(change);
            }
        }
    }

    private void Remove(Subscriber subscriber, long? applicationId)
    {
        lock (_gate)
        {
            if (applicationId is not { } id)
            {
                _everything.Remove(subscriber);
            }
            else if (_byApplication.TryGetValue(id, out var list) && list.Remove(subscriber) && list.Count == 0)
            {
                _byApplication.Remove(id);
            }
        }
    }

    private sealed record Subscriber(EventSubscription<ApplicationStatusChange> Stream, Viewer Viewer);
}

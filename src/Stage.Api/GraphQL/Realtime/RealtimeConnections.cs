using Stage.Api.Events;

namespace Stage.Api.GraphQL.Realtime;

/// <summary>
/// The long-lived connections (WebSockets, event streams) of this instance, so that a shutdown
/// closes them cleanly (WebSocket code 1001) instead of leaving them to be cut.
/// </summary>
public sealed class RealtimeConnections
{
    private readonly Lock _gate = new();
    private readonly HashSet<Action> _closers = [];
    private bool _stopping;

    public RealtimeConnections(IHostApplicationLifetime lifetime) => lifetime.ApplicationStopping.Register(CloseAll);

    /// <summary>Connections open now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _closers.Count;
            }
        }
    }

    /// <summary>Tracks a connection until the result is disposed; <paramref name="close"/> closes it at shutdown.</summary>
    public IDisposable Register(Action close)
    {
        bool stopping;
        lock (_gate)
        {
            stopping = _stopping;
            _closers.Add(close);
        }

        if (stopping)
        {
            close();
        }

        return new Registration(() =>
        {
            lock (_gate)
            {
                _closers.Remove(close);
            }
        });
    }

    private void CloseAll()
    {
        Action[] closers;
        lock (_gate)
        {
            _stopping = true;
            closers = [.. _closers];
        }

        foreach (var close in closers)
        {
            close();
        }
    }
}

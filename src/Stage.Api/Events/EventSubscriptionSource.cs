using Stage.Api.Kit.Requests;

namespace Stage.Api.Events;

/// <summary>
/// What an <see cref="EventSubscription{T}"/> is made of: where live events come from (a registration it
/// holds while open), where stored events are replayed from, and its limits.
/// </summary>
/// <param name="Register">Starts feeding the stream live events; disposing the result stops it.</param>
/// <param name="Replay">Reads up to a number of stored events after a position, in order; null when the stream has no history.</param>
/// <param name="After">The position to resume after; null to start with live events.</param>
/// <param name="BufferSize">Live events held for a slow subscriber before it is disconnected.</param>
/// <param name="Credits">The transport's back-pressure, if it has one.</param>
/// <param name="Counter">Counts open streams.</param>
/// <param name="Deliverable">
/// A last say on each event, asked in delivery order (replayed, then live) and once per event: for streams whose
/// events depend on what the stream itself delivered before. Null: every event.
/// </param>
public sealed record EventSubscriptionSource<T>(
    Func<EventSubscription<T>, IDisposable> Register,
    Func<long, int, CancellationToken, Task<IReadOnlyList<T>>>? Replay,
    long? After,
    int BufferSize,
    DeliveryCredits? Credits,
    ActiveSubscriptions Counter,
    Func<T, bool>? Deliverable = null) where T : class, IPositioned;

using Stage.Api.Kit.Requests;

namespace Stage.Api.Events;

/// <summary>Where committed party events are read from, in commit order (by position).</summary>
public interface IPartyEventStore<T> where T : class, IPartyEvent
{
    /// <summary>The event table, named by the notifications of its new rows.</summary>
    string Table { get; }

    /// <summary>The last position committed so far; 0 when there is none.</summary>
    Task<long> LastPositionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> events after <paramref name="after"/>: all of them when
    /// <paramref name="viewer"/> is null, else those the viewer may see, of one subject if given.
    /// </summary>
    Task<IReadOnlyList<T>> ReadAsync(long after, int limit, Viewer? viewer, long? subjectId, CancellationToken cancellationToken);
}

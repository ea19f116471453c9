using Stage.Api.Kit.Requests;

namespace Stage.Api.Kit.Relay;

/// <summary>Loads the objects of one node type by database id, for <c>node</c> and <c>nodes</c>.</summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name that global ids of this source carry.</summary>
    string TypeName { get; }

    /// <summary>
    /// True when objects of this type belong to people: asking for one needs a token, and one that is
    /// missing or not the viewer's is a FORBIDDEN error rather than a quiet null.
    /// </summary>
    bool IsPrivate => false;

    /// <summary>The objects among <paramref name="ids"/> that <paramref name="viewer"/> may see; others are simply absent.</summary>
    Task<IReadOnlyDictionary<long, object>> LoadAsync(IReadOnlyCollection<long> ids, Viewer? viewer, CancellationToken cancellationToken);
}

namespace Stage.Api.GraphQL.Relay;

/// <summary>Loads the objects of one node type by database id, for <c>node</c> and <c>nodes</c>.</summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name that global ids of this source carry.</summary>
    string TypeName { get; }

    /// <summary>The visible objects among <paramref name="ids"/>; missing ones are simply absent.</summary>
    Task<IReadOnlyDictionary<long, object>> LoadAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);
}

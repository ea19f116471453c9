using GraphQL.Types;
using GraphQL;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Schema;
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

public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id, fetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global id.");
    }
}

/// <summary><c>node(id)</c> and <c>nodes(ids)</c>: any object by its global id.</summary>
public sealed class NodeQueries(IEnumerable<INodeSource> sources) : IQueryFields
{
    public const int MaxIds = 100;

    private readonly Dictionary<string, INodeSource> _sources = sources.ToDictionary(s => s.TypeName, StringComparer.Ordinal);

    public void AddTo(QueryType query)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("The object with this global id, or null when there is none (or it is not visible to you).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id, as returned in any `id` field.")
            .ResolveAsync(async context =>
            {
                var nodes = await LoadAsync(context, [context.GetArgument<string>("id")]);
                return nodes[0];
            });

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description($"The objects with these global ids, in the same order; null where there is none. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ExecutionError($"At most {MaxIds} ids may be asked at once; {ids.Count} were.") { Code = ErrorCodes.TooManyIds };
                }

                return await LoadAsync(context, ids);
            });
    }

    private async Task<object?[]> LoadAsync(IResolveFieldContext context, IReadOnlyList<string> globalIds)
    {
        var viewer = context.Viewer();
        var decoded = globalIds
            .Select(value => GlobalId.TryDecode(value, out var type, out var id) ? (type, id) : throw new InvalidIdException(value))
            .ToList();

        var found = new Dictionary<(string Type, long Id), object>();
        foreach (var group in decoded.GroupBy(d => d.type, StringComparer.Ordinal))
        {
            if (!_sources.TryGetValue(group.Key, out var source))
            {
                continue;
            }

            if (source.IsPrivate && viewer is null)
            {
                throw new UnauthenticatedError();
            }

            var wanted = group.Select(g => g.id).Distinct().ToList();
            var objects = await source.LoadAsync(wanted, viewer, context.CancellationToken);
            foreach (var (id, value) in objects)
            {
                found[(group.Key, id)] = value;
            }

            if (source.IsPrivate && objects.Count < wanted.Count)
            {
                context.Errors.Add(new ForbiddenError($"Some {group.Key} ids do not exist or are not yours to see."));
            }
        }

        return decoded.Select(d => found.GetValueOrDefault(d)).ToArray();
    }
}

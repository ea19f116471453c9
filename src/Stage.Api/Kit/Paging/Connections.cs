using GraphQL.Types;

namespace Stage.Api.Kit.Paging;

/// <summary>A page of items in list order, and whether items come after or before it.</summary>
public sealed record ConnectionPage<TItem>(IReadOnlyList<TItem> Items, bool HasNextPage, bool HasPreviousPage);

public sealed record Edge<TItem>(string Cursor, TItem Item);

public sealed record ConnectionPageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// The result of a Relay connection field. The page is read once, on first use; each feature says how
/// to count the whole list, which happens only when a client selects <c>totalCount</c>.
/// </summary>
public abstract class Connection<TItem>(Func<Task<ConnectionPage<TItem>>> readPage, Func<TItem, string> cursor)
{
    private readonly Lazy<Task<ConnectionPage<TItem>>> _page = new(readPage);

    public async Task<IReadOnlyList<Edge<TItem>>> EdgesAsync() => [.. (await _page.Value).Items.Select(item => new Edge<TItem>(cursor(item), item))];

    public async Task<IReadOnlyList<TItem>> ItemsAsync() => (await _page.Value).Items;

    public async Task<ConnectionPageInfo> PageInfoAsync()
    {
        var page = await _page.Value;
        return new ConnectionPageInfo(
            page.HasNextPage,
            page.HasPreviousPage,
            page.Items.Count > 0 ? cursor(page.Items[0]) : null,
            page.Items.Count > 0 ? cursor(page.Items[^1]) : null);
    }

    public abstract Task<int> TotalCountAsync();
}

public sealed class ConnectionPageInfoType : ObjectGraphType<ConnectionPageInfo>
{
    public ConnectionPageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in its list, and the cursors to move from it.";
        Field(p => p.HasNextPage).Description("True when more items follow this page (ask with `first` and `after: endCursor`).");
        Field(p => p.HasPreviousPage).Description("True when items precede this page (ask with `last` and `before: startCursor`).");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the page's first item; null on an empty page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the page's last item; null on an empty page.");
    }
}

/// <summary>The edge type of one connection; its name and wording are the feature's (e.g. <c>OfferEdge</c>, "offer").</summary>
public abstract class EdgeType<TItem, TNodeType> : ObjectGraphType<Edge<TItem>>
    where TNodeType : IGraphType
{
    protected EdgeType(string name, string description, string singular, Func<TItem, object?> node)
    {
        Name = name;
        Description = description;
        Field(e => e.Cursor).Description($"An opaque cursor: pass it as `after` or `before` to page from this {singular}.");
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {singular}.").Resolve(context => node(context.Source.Item));
    }
}

/// <summary>
/// The connection type of one feature: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c> and <c>totalCount</c>, named and
/// described by the feature, which may add fields of its own.
/// </summary>
public abstract class ConnectionType<TConnection, TItem, TNodeType, TEdgeType> : ObjectGraphType<TConnection>
    where TConnection : Connection<TItem>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionType(string name, string description, string plural, string totalCountDescription, Func<TItem, object?> node)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description($"The {plural} of this page with their cursors.").ResolveAsync(async c => await c.Source.EdgesAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description($"The {plural} of this page.").ResolveAsync(async c => (await c.Source.ItemsAsync()).Select(node).ToList());
        Field<NonNullGraphType<ConnectionPageInfoType>>("pageInfo")
            .Description("Whether more pages exist, and the cursors to reach them.").ResolveAsync(async c => await c.Source.PageInfoAsync());
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description(totalCountDescription).ResolveAsync(async c => await c.Source.TotalCountAsync());
    }
}

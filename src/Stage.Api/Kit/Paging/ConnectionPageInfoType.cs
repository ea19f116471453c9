using GraphQL.Types;

namespace Stage.Api.Kit.Paging;

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

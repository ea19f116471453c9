using GraphQL.Types;

namespace Stage.Api.Offers.Search;

public sealed class OfferEdgeType : ObjectGraphType<OfferEdge>
{
    public OfferEdgeType()
    {
        Name = "OfferEdge";
        Description = "An offer in a page of results, with its cursor.";
        Field(e => e.Cursor).Description("An opaque cursor: pass it as `after` or `before` to page from this offer.");
        Field<NonNullGraphType<OfferType>>("node").Description("The offer.").Resolve(context => context.Source.Node);
    }
}

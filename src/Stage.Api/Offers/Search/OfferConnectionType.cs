using GraphQL.Types;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Offers.Search;

public sealed class OfferConnectionType : ObjectGraphType<OfferConnection>
{
    public OfferConnectionType()
    {
        Name = "OfferConnection";
        Description = "A page of offers (Relay connection), with the total and the facets of the whole search on demand.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferEdgeType>>>>("edges")
            .Description("The offers of this page with their cursors.").ResolveAsync(async c => await c.Source.EdgesAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferType>>>>("nodes")
            .Description("The offers of this page.").ResolveAsync(async c => await c.Source.NodesAsync());
        Field<NonNullGraphType<ConnectionPageInfoType>>("pageInfo")
            .Description("Whether more pages exist, and the cursors to reach them.").ResolveAsync(async c => await c.Source.PageInfoAsync());
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many offers match the whole search (all pages). Computed only when asked for.")
            .ResolveAsync(async c => (int)await c.Source.TotalCountAsync());
        Field<NonNullGraphType<OfferFacetsType>>("facets")
            .Description("Counts per sector, département and grade of all offers matching the search (all pages), e.g. to show \"Agriculture (12)\". Computed only when asked for.")
            .ResolveAsync(async c => await c.Source.FacetsAsync());
    }
}

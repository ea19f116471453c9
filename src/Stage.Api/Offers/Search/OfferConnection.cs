using GraphQL.Types;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Offers.Search;

/// <summary>
/// The result of <c>offers</c>. The page is read once, on first use; the count and facets are read
/// only when a client selects them, in one statement when both are selected; all of them within the search's budget.
/// </summary>
public sealed class OfferConnection(
    OfferSearchRequest request, OfferSearch search, KeysetCursors cursors, bool facetsSelected, SearchBudget budget)
    : Connection<OfferHit>(
        () => budget.RunAsync(within => search.PageAsync(request, within)),
        hit => cursors.Encode(request.OrderingFingerprint, new KeysetPosition(hit.SortValues, hit.Offer.Id)))
{
    private readonly Lazy<Task<OfferFacets>> _facets = new(() => budget.RunAsync(within => search.FacetsAsync(request, within)));

    public OfferSearchRequest Request => request;

    public override async Task<int> TotalCountAsync() =>
        (int)(facetsSelected ? (await _facets.Value).Total : await budget.RunAsync(within => search.CountAsync(request, within)));

    public Task<OfferFacets> FacetsAsync() => _facets.Value;
}

public sealed class OfferEdgeType() : EdgeType<OfferHit, OfferType>("OfferEdge", "An offer in a page of results, with its cursor.", "offer", hit => hit.Offer);

public sealed class OfferConnectionType : ConnectionType<OfferConnection, OfferHit, OfferType, OfferEdgeType>
{
    public OfferConnectionType()
        : base("OfferConnection", "A page of offers (Relay connection), with the total and the facets of the whole search on demand.", "offers",
            "How many offers match the whole search (all pages). Computed only when asked for.", hit => hit.Offer) =>
        Field<NonNullGraphType<OfferFacetsType>>("facets")
            .Description("Counts per sector, département and grade of all offers matching the search (all pages), e.g. to show \"Agriculture (12)\". Computed only when asked for.")
            .ResolveAsync(async c => await c.Source.FacetsAsync());
}

using GraphQL.Types;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Offers.Search;

/// <summary>
/// The result of <c>offers</c>. The page is read once, on first use; the count and facets are read
/// only when a client selects them, in one statement when both are selected.
/// </summary>
public sealed class OfferConnection(
    OfferSearchRequest request, OfferSearch search, KeysetCursors cursors, bool facetsSelected, CancellationToken cancellationToken)
    : Connection<OfferHit>(
        () => search.PageAsync(request, cancellationToken),
        hit => cursors.Encode(request.OrderingFingerprint, new KeysetPosition(hit.SortValues, hit.Offer.Id)))
{
    private readonly Lazy<Task<OfferFacets>> _facets = new(() => search.FacetsAsync(request, cancellationToken));

    public OfferSearchRequest Request => request;

    public override async Task<int> TotalCountAsync() =>
        (int)(facetsSelected ? (await _facets.Value).Total : await search.CountAsync(request, cancellationToken));

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

using Stage.Api.Kit.Paging;

namespace Stage.Api.Offers.Search;

/// <summary>
/// The result of <c>offers</c>. The page is read once, on first use; the count and facets are read
/// only when a client selects them, in one statement when both are selected.
/// </summary>
public sealed class OfferConnection(
    OfferSearchRequest request, OfferSearch search, OfferCursorCodec cursors, bool facetsSelected, CancellationToken cancellationToken)
{
    private readonly Lazy<Task<OfferSearchPage>> _page = new(() => search.PageAsync(request, cancellationToken));
    private readonly Lazy<Task<OfferFacets>> _facets = new(() => search.FacetsAsync(request, cancellationToken));

    public OfferSearchRequest Request => request;

    public async Task<IReadOnlyList<OfferEdge>> EdgesAsync()
    {
        var page = await _page.Value;
        return page.Hits.Select(hit => new OfferEdge(Cursor(hit), hit.Offer)).ToList();
    }

    public async Task<IReadOnlyList<Offer>> NodesAsync() => (await _page.Value).Hits.Select(hit => hit.Offer).ToList();

    public async Task<ConnectionPageInfo> PageInfoAsync()
    {
        var page = await _page.Value;
        return new ConnectionPageInfo(
            page.HasNextPage,
            page.HasPreviousPage,
            page.Hits.Count > 0 ? Cursor(page.Hits[0]) : null,
            page.Hits.Count > 0 ? Cursor(page.Hits[^1]) : null);
    }

    public async Task<long> TotalCountAsync() =>
        facetsSelected ? (await _facets.Value).Total : await search.CountAsync(request, cancellationToken);

    public Task<OfferFacets> FacetsAsync() => _facets.Value;

    private string Cursor(OfferHit hit) => cursors.Encode(request, hit.SortValues, hit.Offer.Id);
}

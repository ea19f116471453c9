using GraphQL.Types;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Offers.Search;

/// <summary>
/// The result of <c>offers</c>. The page is read once, on first use; the count and facets are read
/// only when a client selects them, in one statement when both are selected, and with the first page when the page
/// ranks every match anyway (<see cref="OfferSearchSql.ReadsPageWithFacets"/>); all of them within the search's budget.
/// </summary>
public sealed class OfferConnection : Connection<OfferHit>
{
    private readonly OfferSearchReads _reads;

    public OfferConnection(OfferSearchRequest request, OfferSearch search, KeysetCursors cursors, OfferConnectionReads selected, SearchBudget budget)
        : this(new OfferSearchReads(request, search, selected, budget), cursors)
    {
    }

    private OfferConnection(OfferSearchReads reads, KeysetCursors cursors)
        : base(reads.PageAsync, hit => cursors.Encode(reads.Request.OrderingFingerprint, new KeysetPosition(hit.SortValues, hit.Offer.Id))) =>
        _reads = reads;

    public OfferSearchRequest Request => _reads.Request;

    public override async Task<int> TotalCountAsync() => (int)await _reads.TotalAsync();

    public Task<OfferFacets> FacetsAsync() => _reads.FacetsAsync();

    /// <summary>What a search reads, each at most once (sibling fields may ask at the same time).</summary>
    private sealed class OfferSearchReads
    {
        private readonly bool _together;
        private readonly bool _facetsSelected;
        private readonly Lazy<Task<(ConnectionPage<OfferHit> Page, OfferFacets Facets)>> _both;
        private readonly Lazy<Task<ConnectionPage<OfferHit>>> _page;
        private readonly Lazy<Task<OfferFacets>> _facets;
        private readonly Func<Task<long>> _count;

        public OfferSearchReads(OfferSearchRequest request, OfferSearch search, OfferConnectionReads selected, SearchBudget budget)
        {
            Request = request;
            _facetsSelected = selected.Facets;
            _together = selected is { Facets: true, Page: true } && OfferSearchSql.ReadsPageWithFacets(request);
            _both = new(() => budget.RunAsync(within => search.PageAndFacetsAsync(request, within)));
            _page = new(() => budget.RunAsync(within => search.PageAsync(request, within)));
            _facets = new(() => budget.RunAsync(within => search.FacetsAsync(request, within)));
            _count = () => budget.RunAsync(within => search.CountAsync(request, within));
        }

        public OfferSearchRequest Request { get; }

        public async Task<ConnectionPage<OfferHit>> PageAsync() => _together ? (await _both.Value).Page : await _page.Value;

        public async Task<OfferFacets> FacetsAsync() => _together ? (await _both.Value).Facets : await _facets.Value;

        public async Task<long> TotalAsync() => _facetsSelected ? (await FacetsAsync()).Total : await _count();
    }
}

/// <summary>Which of the connection's costly parts the selection asks for: the facets (and so the total with them), the page.</summary>
public sealed record OfferConnectionReads(bool Facets, bool Page);

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

namespace Stage.Api.Offers.Search;

public sealed record OfferSearchPage(IReadOnlyList<OfferHit> Hits, bool HasNextPage, bool HasPreviousPage);

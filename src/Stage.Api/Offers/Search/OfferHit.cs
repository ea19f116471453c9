namespace Stage.Api.Offers.Search;

/// <summary>An offer found by a search, with its values of the search's sort keys (for its cursor).</summary>
public sealed record OfferHit(Offer Offer, IReadOnlyList<object> SortValues);

namespace Stage.Api.Offers.Search;

/// <summary>A position in an ordering: the sort key values of a row, then its id (the final tiebreaker).</summary>
public sealed record OfferCursor(IReadOnlyList<object> Values, long Id);

namespace Stage.Api.Offers.Search;

/// <summary>
/// Which page: <paramref name="Size"/> rows after the cursor (forward, from <c>first/after</c>) or
/// before it (backward, from <c>last/before</c>); no cursor means from the start or the end.
/// </summary>
public sealed record OfferPageRequest(int Size, bool Backward, OfferCursor? Cursor);

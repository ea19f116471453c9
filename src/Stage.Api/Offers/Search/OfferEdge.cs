namespace Stage.Api.Offers.Search;

public sealed record OfferEdge(string Cursor, Offer Node);

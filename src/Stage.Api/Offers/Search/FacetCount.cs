namespace Stage.Api.Offers.Search;

public sealed record FacetCount<T>(T Value, long Count);

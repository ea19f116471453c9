namespace Stage.Api.Offers.Search;

public enum OfferSortField
{
    Title,
    StartDate,
    CreatedAt,
    RemainingSeats,
    Distance,
    Relevance,
}

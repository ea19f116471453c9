namespace Stage.Api.Offers.Search;

/// <summary>
/// The offers' search table (<c>offer_search</c>, migration <c>OfferSearchTable</c>): per offer, its full-text vector and
/// the columns searches filter, rank and count on, kept in step with <c>offers</c> and <c>employers</c> by triggers. Its
/// rows are narrow and hold the vector inline, so a full-text search that reads it alone reads, per match, one short row
/// instead of a wide row and its vector in TOAST. It answers alone when every condition and sort key is on its columns;
/// otherwise (a radius, a title filter or order...) the search joins it to <c>offers</c>.
/// </summary>
public static class OfferSearchTable
{
    public const string Name = "offer_search";

    private static readonly OfferSortField[] SortKeys = [OfferSortField.Relevance, OfferSortField.StartDate, OfferSortField.RemainingSeats];

    public static bool Answers(OfferSearchRequest request) =>
        request.Near is null
        && request.Order.All(k => SortKeys.Contains(k.Field))
        && (request.Where is null || OfferFilter.ReadsSearchColumnsOnly(request.Where));
}

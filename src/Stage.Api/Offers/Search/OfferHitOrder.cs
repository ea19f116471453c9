using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

/// <summary>Orders hits by the search's sort keys then id, exactly as the SQL ORDER BY would.</summary>
public sealed class OfferHitOrder(IReadOnlyList<OfferSortKey> keys) : IComparer<OfferHit>
{
    public int Compare(OfferHit? x, OfferHit? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < keys.Count; i++)
        {
            var order = OfferSortValues.Compare(x.SortValues[i], y.SortValues[i]);
            if (order != 0)
            {
                return keys[i].Direction == SortDirection.Ascending ? order : -order;
            }
        }

        return x.Offer.Id.CompareTo(y.Offer.Id);
    }
}

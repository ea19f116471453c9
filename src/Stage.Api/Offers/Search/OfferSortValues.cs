
namespace Stage.Api.Offers.Search;

/// <summary>The type of each sort key's values, and how two of them compare.</summary>
public static class OfferSortValues
{
    /// <summary>The type of a sort key's values (what a cursor holds for it).</summary>
    public static Type TypeOf(OfferSortField field) => field switch
    {
        OfferSortField.Title => typeof(string),
        OfferSortField.StartDate => typeof(DateOnly),
        OfferSortField.CreatedAt => typeof(DateTimeOffset),
        OfferSortField.RemainingSeats => typeof(int),
        OfferSortField.Distance => typeof(double),
        OfferSortField.Relevance => typeof(float),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Orders two values of one key as PostgreSQL does for that key's expression.</summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (string a, string b) => TitleOrder.Compare(a, b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (int a, int b) => a.CompareTo(b),
        (double a, double b) => a.CompareTo(b),
        (float a, float b) => a.CompareTo(b),
        _ => throw new InvalidOperationException($"Cannot compare {left.GetType()} with {right.GetType()}."),
    };
}

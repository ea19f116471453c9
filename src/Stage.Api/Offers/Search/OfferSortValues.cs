using System.Globalization;
using System.Text.Json;

namespace Stage.Api.Offers.Search;

/// <summary>How each sort key's value is written in a cursor, read back exactly, and compared.</summary>
public static class OfferSortValues
{
    public static void Write(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string text: json.WriteStringValue(text); break;
            case DateOnly date: json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset time: json.WriteNumberValue(time.UtcTicks); break;
            case int number: json.WriteNumberValue(number); break;
            case double distance: json.WriteNumberValue(distance); break;
            case float rank: json.WriteNumberValue(rank); break;
            default: throw new InvalidOperationException($"No cursor form for {value.GetType()}.");
        }
    }

    public static object Read(JsonElement element, OfferSortField field) => field switch
    {
        OfferSortField.Title => element.GetString() ?? throw new FormatException("null title"),
        OfferSortField.StartDate => DateOnly.ParseExact(element.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        OfferSortField.CreatedAt => new DateTimeOffset(element.GetInt64(), TimeSpan.Zero),
        OfferSortField.RemainingSeats => element.GetInt32(),
        OfferSortField.Distance => element.GetDouble(),
        OfferSortField.Relevance => element.GetSingle(),
        _ => throw new FormatException("unknown field"),
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

using System.Globalization;
using GraphQL;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;

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

public sealed record OfferSortKey(OfferSortField Field, SortDirection Direction);

public sealed class OfferSortInputType() : SortInputType<OfferSortField>(
    "OfferSortInput",
    "One sort key: give exactly one field per object; list several objects for several keys. The offer id is always the final tiebreaker.",
    (OfferSortField.Title, "By title."),
    (OfferSortField.StartDate, "By first day."),
    (OfferSortField.CreatedAt, "By creation time."),
    (OfferSortField.RemainingSeats, "By seats still free."),
    (OfferSortField.Distance, "By distance from the centre; only with `near`."),
    (OfferSortField.Relevance, "By full-text relevance; only with `search`."));

/// <summary>Reads <c>order: [OfferSortInput!]</c>, and chooses the default order when none is given.</summary>
public static class OfferOrderArgument
{
    public static IReadOnlyList<OfferSortKey> Parse(IReadOnlyList<SortInput<OfferSortField>>? order, bool hasNear, bool hasSearch)
    {
        if (order is null || order.Count == 0)
        {
            return [hasNear ? new(OfferSortField.Distance, SortDirection.Ascending)
                : hasSearch ? new(OfferSortField.Relevance, SortDirection.Descending)
                : new(OfferSortField.StartDate, SortDirection.Ascending)];
        }

        var keys = new List<OfferSortKey>();
        for (var i = 0; i < order.Count; i++)
        {
            var path = $"order[{i}]";
            var (field, direction) = order[i].OneKey(path);
            var name = field.ToString().ToCamelCase();
            if (field == OfferSortField.Distance && !hasNear)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidOrder, $"{path}.{name}", "Ordering by distance needs `near`.");
            }

            if (field == OfferSortField.Relevance && !hasSearch)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidOrder, $"{path}.{name}", "Ordering by relevance needs `search`.");
            }

            if (keys.Any(k => k.Field == field))
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidOrder, $"{path}.{name}", $"'{name}' is given twice.");
            }

            keys.Add(new OfferSortKey(field, direction));
        }

        return keys;
    }
}

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

/// <summary>
/// French alphabetical order ("Éclairagiste" between "Ébéniste" and "Fleuriste"), as the database's
/// ICU collation "fr-x-icu" sorts titles; ties between different strings fall back to their code points,
/// as PostgreSQL's deterministic collations do.
/// </summary>
public static class TitleOrder
{
    public const string Collation = "\"fr-x-icu\"";

    private static readonly CompareInfo French = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    public static int Compare(string left, string right)
    {
        var order = French.Compare(left, right, CompareOptions.None);
        return order != 0 ? order : string.CompareOrdinal(left, right);
    }
}

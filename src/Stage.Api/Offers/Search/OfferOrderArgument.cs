using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

/// <summary>Reads <c>order: [OfferSortInput!]</c>, and chooses the default order when none is given.</summary>
public static class OfferOrderArgument
{
    public static IReadOnlyList<OfferSortKey> Parse(List<object?>? order, bool hasNear, bool hasSearch)
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
            if (order[i] is not IDictionary<string, object?> { Count: 1 } entry || entry.Single().Value is not SortDirection direction)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidOrder, path, "Each sort object names exactly one field with ASC or DESC.");
            }

            var name = entry.Single().Key;
            var field = Enum.Parse<OfferSortField>(name, ignoreCase: true);
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

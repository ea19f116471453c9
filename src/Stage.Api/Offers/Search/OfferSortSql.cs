using Stage.Api.Kit.Paging;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

/// <summary>The SQL of each sort key, and the keyset condition "after this cursor" over all keys and the id.</summary>
public sealed class OfferSortSql(string? centre, string? rank)
{
    public string Expression(OfferSortField field) => field switch
    {
        OfferSortField.Title => $"o.title COLLATE {TitleOrder.Collation}",
        OfferSortField.StartDate => "o.first_date",
        OfferSortField.CreatedAt => "o.created_at",
        OfferSortField.RemainingSeats => "o.remaining_seats",
        OfferSortField.Distance => $"(o.location <-> {centre ?? throw new InvalidOperationException("distance needs a centre")})",
        OfferSortField.Relevance => rank ?? throw new InvalidOperationException("relevance needs a search"),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>
    /// Rows strictly after <paramref name="cursor"/> in the order <paramref name="keys"/> then id. When every
    /// key runs in the id's direction this is a row comparison, which a B-tree index on the same columns
    /// answers directly; mixed directions need nested ORs.
    /// </summary>
    public string After(IReadOnlyList<OfferSortKey> keys, SortDirection idDirection, KeysetPosition cursor, SqlParameters parameters)
    {
        if (keys.All(k => k.Direction == idDirection))
        {
            var columns = string.Concat(keys.Select(k => Expression(k.Field) + ", "));
            var values = string.Concat(cursor.Values.Select(v => Parameter(v, parameters) + ", "));
            return $"({columns}o.id) {Greater(idDirection)} ({values}{parameters.Add(cursor.Id)})";
        }

        var condition = $"o.id {Greater(idDirection)} {parameters.Add(cursor.Id)}";
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var expression = Expression(keys[i].Field);
            var value = Parameter(cursor.Values[i], parameters);
            condition = $"({expression} {Greater(keys[i].Direction)} {value} OR ({expression} = {value} AND {condition}))";
        }

        return condition;
    }

    private static string Greater(SortDirection direction) => direction == SortDirection.Ascending ? ">" : "<";

    private static string Parameter(object value, SqlParameters parameters) => value switch
    {
        string text => parameters.Add(text),
        DateOnly date => parameters.Add(date),
        DateTimeOffset time => parameters.Add(time),
        int number => parameters.Add(number),
        double distance => parameters.Add(distance),
        float rank => parameters.Add(rank),
        _ => throw new InvalidOperationException($"No SQL parameter for {value.GetType()}."),
    };
}

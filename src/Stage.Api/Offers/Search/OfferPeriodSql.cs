using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

/// <summary>The period filter: offers overlapping a date range, or lying entirely within it.</summary>
public static class OfferPeriodSql
{
    /// <summary>Internship periods are counted in weeks; a range longer than this is a client's mistake.</summary>
    public const int MaxRangeDays = 2 * 366;

    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    public static string Translate(IDictionary<string, object?> operators, SqlParameters parameters, string path) =>
        FilterOperatorSql.All(operators, path, (name, value) =>
        {
            var rangePath = $"{path}.{name}";
            var (from, to) = Range(value, rangePath);
            return name switch
            {
                PeriodFilterInputType.Overlaps => $"(o.first_date <= {parameters.Add(to)} AND o.last_date >= {parameters.Add(from)})",
                PeriodFilterInputType.Within => $"(o.first_date >= {parameters.Add(from)} AND o.last_date <= {parameters.Add(to)})",
                _ => throw FilterOperatorSql.Unknown(path, name),
            };
        });

    private static (DateOnly From, DateOnly To) Range(object? value, string path)
    {
        var range = value as IDictionary<string, object?>
            ?? throw new InvalidArgumentError(ErrorCodes.InvalidFilter, path, "The period needs `from` and `to`.");
        var from = (DateOnly)range["from"]!;
        var to = (DateOnly)range["to"]!;
        if (to < from)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidDateRange, path, $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        if (from < Earliest || to > Latest || to.DayNumber - from.DayNumber > MaxRangeDays)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidDateRange, path,
                $"The period must lie between {Earliest:yyyy} and {Latest:yyyy} and last at most {MaxRangeDays} days.");
        }

        return (from, to);
    }
}

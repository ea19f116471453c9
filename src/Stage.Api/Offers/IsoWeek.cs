using System.Globalization;

namespace Stage.Api.Offers;

/// <summary>ISO 8601 weeks written as "2026-W25", the unit in which offers give their periods.</summary>
public static class IsoWeek
{
    public static string Format(DateOnly monday)
    {
        var date = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    public static bool TryParse(string? value, out DateOnly monday)
    {
        monday = default;
        if (value is not { Length: 8 } || value[4] != '-' || value[5] != 'W'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || year < 2000 || year > 2100 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return true;
    }
}

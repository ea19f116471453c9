using Stage.Api.Schools;

namespace Stage.Api.Offers.Management;

/// <summary>
/// Who and when: grades (collège 4e/3e or lycée 2nde, never mixed), ISO weeks (distinct; a collège
/// offer's within the school year, a 2nde offer's the mandatory period's week 1, week 2 or both), and
/// internships abroad (2nde only).
/// </summary>
public static class OfferPeriodRules
{
    public const int MaxWeeks = 53;

    public static (Grade[]? Grades, DateOnly[]? Weeks) Check(
        IReadOnlyList<Grade>? grades, IReadOnlyList<string>? weeks, string? countryCode, SchoolCalendar calendar, FieldErrors errors)
    {
        var validGrades = Grades(grades, errors);
        var mondays = Weeks(weeks, errors);
        var seconde = validGrades is [Grade.Seconde];
        if (validGrades is not null && countryCode is not null and not "FR" && !seconde)
        {
            errors.Add("address.countryCode", "Only 2nde offers may take place abroad: 4e and 3e internships are in France.");
        }

        if (validGrades is null || mondays is null)
        {
            return (validGrades, null);
        }

        var inPeriod = seconde ? SecondeWeeks(mondays, calendar, errors) : CollegeWeeks(mondays, errors);
        return inPeriod ? (validGrades, [.. mondays.Select(m => m.Monday).Order()]) : (validGrades, null);
    }

    /// <summary>
    /// An offer being created, or given new weeks, needs one that has not started: pupils apply only for weeks to come, and
    /// searches list only offers that have one, so an offer of past weeks would be published to nobody. Offers already
    /// stored keep their weeks when other fields change, and a partner's catalogue (upsertOffers) may hold finished ones.
    /// </summary>
    public static void RequireWeekToCome(IReadOnlyCollection<DateOnly> weeks, SchoolCalendar calendar, FieldErrors errors)
    {
        if (weeks.Count > 0 && weeks.All(calendar.HasStarted))
        {
            errors.Add("weeks",
                $"Every week given has started (today is {calendar.Today:yyyy-MM-dd} in France): an offer needs a week to come, " +
                $"{IsoWeek.Format(calendar.FirstWeekToCome)} or later.");
        }
    }

    private static Grade[]? Grades(IReadOnlyList<Grade>? grades, FieldErrors errors)
    {
        if (grades is null || grades.Count == 0)
        {
            errors.Add("grades", "Required: at least one grade.");
            return null;
        }

        var distinct = grades.Distinct().Order().ToArray();
        if (distinct.Contains(Grade.Seconde) && distinct.Length > 1)
        {
            errors.Add("grades", "Collège grades (QUATRIEME, TROISIEME) and the lycée grade (SECONDE) cannot be mixed on one offer.");
            return null;
        }

        return distinct;
    }

    private static List<(int Index, DateOnly Monday)>? Weeks(IReadOnlyList<string>? weeks, FieldErrors errors)
    {
        if (weeks is null || weeks.Count == 0)
        {
            errors.Add("weeks", "Required: at least one ISO week, such as 2026-W25.");
            return null;
        }

        var mondays = new List<(int Index, DateOnly Monday)>();
        var valid = true;
        for (var i = 0; i < weeks.Count; i++)
        {
            if (!IsoWeek.TryParse(weeks[i]?.Trim(), out var monday))
            {
                errors.Add($"weeks[{i}]", $"'{weeks[i]}' is not an ISO week such as 2026-W25.");
                valid = false;
            }
            else if (mondays.Any(m => m.Monday == monday))
            {
                errors.Add($"weeks[{i}]", $"{IsoWeek.Format(monday)} is given twice: weeks are distinct.");
                valid = false;
            }
            else
            {
                mondays.Add((i, monday));
            }
        }

        if (valid && mondays.Count > MaxWeeks)
        {
            errors.Add("weeks", $"At most {MaxWeeks} weeks.");
            valid = false;
        }

        return valid ? mondays : null;
    }

    private static bool SecondeWeeks(List<(int Index, DateOnly Monday)> mondays, SchoolCalendar calendar, FieldErrors errors)
    {
        var period = calendar.SecondePeriodOf(mondays.Min(m => m.Monday).Year);
        if (period.Covers([.. mondays.Select(m => m.Monday)]))
        {
            return true;
        }

        errors.Add("weeks", $"A 2nde offer covers the mandatory period of {period.Week1.Year}: its week 1, its week 2 or both ({period}).");
        return false;
    }

    private static bool CollegeWeeks(List<(int Index, DateOnly Monday)> mondays, FieldErrors errors)
    {
        var valid = true;
        foreach (var (index, monday) in mondays.Where(m => IsSummer(m.Monday) || IsSummer(m.Monday.AddDays(4))))
        {
            errors.Add($"weeks[{index}]", $"{IsoWeek.Format(monday)} is not in the school year: 4e and 3e internships take place from September to June.");
            valid = false;
        }

        return valid;
    }

    private static bool IsSummer(DateOnly day) => day.Month is 7 or 8;
}

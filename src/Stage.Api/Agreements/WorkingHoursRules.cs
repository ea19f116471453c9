using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements;

/// <summary>
/// Hours allowed for minors in observation internships (sources and choices in docs/DECISIONS.md): at least
/// 4 days, each with a lunch break of 30 minutes or more, between 06:00 and 20:00, at most 4 h 30 without
/// a break, 7 hours a day, 35 hours a week, and a day spanning at most 10 hours (14 hours of rest).
/// </summary>
public static class WorkingHoursRules
{
    public const int MinDays = 4;
    public static readonly TimeOnly Earliest = new(6, 0);
    public static readonly TimeOnly Latest = new(20, 0);
    public static readonly TimeSpan MinLunchBreak = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan MaxStretch = TimeSpan.FromMinutes(270);
    public static readonly TimeSpan MaxPerDay = TimeSpan.FromHours(7);
    public static readonly TimeSpan MaxPerWeek = TimeSpan.FromHours(35);
    public static readonly TimeSpan MaxSpan = TimeSpan.FromHours(10);

    public static InvalidFieldError? Check(IReadOnlyList<DailyHours> days)
    {
        if (days.Count < MinDays)
        {
            return new InvalidFieldError(AgreementPartFields.DailyHours, $"Give the hours of at least {MinDays} days.");
        }

        for (var i = 0; i < days.Count; i++)
        {
            var error = CheckDay(days[i], $"{AgreementPartFields.DailyHours}[{i}]");
            if (error is not null)
            {
                return error;
            }

            if (days.Take(i).Any(d => d.Day == days[i].Day))
            {
                return new InvalidFieldError($"{AgreementPartFields.DailyHours}[{i}].day", $"{days[i].Day} is given twice.");
            }
        }

        var week = days.Aggregate(TimeSpan.Zero, (total, d) => total + d.Worked);
        return week > MaxPerWeek
            ? new InvalidFieldError(AgreementPartFields.DailyHours, $"At most {MaxPerWeek.TotalHours} hours a week; these days make {week.TotalHours:0.##}.")
            : null;
    }

    private static InvalidFieldError? CheckDay(DailyHours day, string path)
    {
        if (!(day.Start < day.LunchStart && day.LunchStart < day.LunchEnd && day.LunchEnd < day.End))
        {
            return new InvalidFieldError(path, "The times must follow each other: start < lunchStart < lunchEnd < end.");
        }

        return day.Start < Earliest ? new InvalidFieldError(path + ".start", "Minors may not work before 06:00 (no work between 20:00 and 06:00).")
            : day.End > Latest ? new InvalidFieldError(path + ".end", "Minors may not work after 20:00 (no work between 20:00 and 06:00).")
            : day.LunchEnd - day.LunchStart < MinLunchBreak ? new InvalidFieldError(path + ".lunchEnd", "The lunch break lasts at least 30 minutes.")
            : day.LunchStart - day.Start > MaxStretch || day.End - day.LunchEnd > MaxStretch
                ? new InvalidFieldError(path, "At most 4 h 30 of work without a break.")
            : day.Worked > MaxPerDay ? new InvalidFieldError(path, $"At most {MaxPerDay.TotalHours} hours of work a day.")
            : day.End - day.Start > MaxSpan ? new InvalidFieldError(path, "A day spans at most 10 hours, leaving 14 hours of rest.")
            : null;
    }
}

namespace Stage.Api.Offers.Management;

/// <summary>
/// The mandatory 2nde internship period of a year: two consecutive weeks in June (in 2026, as published: Monday 15 to
/// Friday 26 June, 2026-W25 and W26). <see cref="SchoolCalendar"/> knows the published years.
/// </summary>
public sealed record SecondePeriod(DateOnly Week1, DateOnly Week2)
{
    /// <summary>
    /// The period of a year not yet published: the second half of June, as the two weeks that end on its last Friday
    /// (before 1 July); 2026's published period is this one.
    /// </summary>
    public static SecondePeriod Default(int year)
    {
        var lastFriday = new DateOnly(year, 6, 30);
        while (lastFriday.DayOfWeek != DayOfWeek.Friday)
        {
            lastFriday = lastFriday.AddDays(-1);
        }

        var start = lastFriday.AddDays(-11);
        return new SecondePeriod(start, start.AddDays(7));
    }

    /// <summary>True for week 1, week 2 or both (Mondays, distinct).</summary>
    public bool Covers(IReadOnlyCollection<DateOnly> mondays) =>
        mondays.Count is 1 or 2 && mondays.All(m => m == Week1 || m == Week2) && mondays.Distinct().Count() == mondays.Count;

    public override string ToString() => $"{IsoWeek.Format(Week1)}, {IsoWeek.Format(Week2)} or both";
}

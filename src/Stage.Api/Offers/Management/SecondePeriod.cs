namespace Stage.Api.Offers.Management;

/// <summary>
/// The mandatory 2nde internship period of a year: it ends on the last Friday of June (before 1 July)
/// and starts 11 days earlier, a Monday; two weeks (in 2026: Monday 15 to Friday 26 June, 2026-W25 and W26).
/// </summary>
public sealed record SecondePeriod(DateOnly Week1, DateOnly Week2)
{
    public static SecondePeriod ForYear(int year)
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

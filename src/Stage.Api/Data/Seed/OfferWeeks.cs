namespace Stage.Api.Data.Seed;

/// <summary>The weeks (their Mondays) of generated offers, for the 2025-2026 school year.</summary>
internal static class OfferWeeks
{
    /// <summary>The mandatory 2nde period of 2026: Monday 15 (2026-W25) to Friday 26 June (2026-W26).</summary>
    public static readonly DateOnly SecondeWeek1 = new(2026, 6, 15);
    public static readonly DateOnly SecondeWeek2 = new(2026, 6, 22);

    private static readonly DateOnly[] Both = [SecondeWeek1, SecondeWeek2];
    private static readonly DateOnly[] FirstOnly = [SecondeWeek1];
    private static readonly DateOnly[] SecondOnly = [SecondeWeek2];

    // Autumn and Christmas holidays are the same for all zones; summer is outside the range.
    private static readonly DateOnly[] Holidays =
    [
        new(2025, 10, 20), new(2025, 10, 27), new(2025, 12, 22), new(2025, 12, 29),
    ];

    /// <summary>Mondays from the second week of school (8 September 2025) to 8 June 2026, holidays excluded.</summary>
    private static readonly DateOnly[] SchoolYearMondays = Mondays(new DateOnly(2025, 9, 8), new DateOnly(2026, 6, 8))
        .Where(monday => !Holidays.Contains(monday))
        .ToArray();

    /// <summary>Both weeks (60 %), or the first or the second one only. The arrays are shared: never modify them.</summary>
    public static DateOnly[] Seconde(Random random) => random.Next(10) switch
    {
        < 6 => Both,
        < 8 => FirstOnly,
        _ => SecondOnly,
    };

    /// <summary>1 to 6 distinct Mondays of the school year, in order, a few weeks apart at most.</summary>
    public static DateOnly[] College(Random random)
    {
        var wanted = random.Next(100) switch
        {
            < 35 => 1,
            < 60 => 2,
            < 75 => 3,
            < 85 => 4,
            < 93 => 5,
            _ => 6,
        };
        var weeks = new List<DateOnly>(wanted);
        var index = random.Next(SchoolYearMondays.Length);
        while (weeks.Count < wanted && index < SchoolYearMondays.Length)
        {
            weeks.Add(SchoolYearMondays[index]);
            index += random.Next(1, 5);
        }

        return [.. weeks];
    }

    private static IEnumerable<DateOnly> Mondays(DateOnly first, DateOnly last)
    {
        for (var monday = first; monday <= last; monday = monday.AddDays(7))
        {
            yield return monday;
        }
    }
}

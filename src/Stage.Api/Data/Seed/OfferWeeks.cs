using Stage.Api.Offers;

namespace Stage.Api.Data.Seed;

/// <summary>
/// The weeks (their Mondays) of generated offers: those of the school year under way on the seeding day (some of them
/// past already) and of the next one, so that searches for upcoming internships always find offers.
/// </summary>
internal sealed class OfferWeeks
{
    private const double CurrentYearShare = 0.6;

    private readonly SchoolYearWeeks _current;
    private readonly SchoolYearWeeks _next;

    public OfferWeeks(SchoolCalendar calendar, DateOnly today)
    {
        Today = today;
        var year = SchoolCalendar.SchoolYearOf(today);
        (_current, _next) = (new SchoolYearWeeks(calendar, year), new SchoolYearWeeks(calendar, year + 1));
    }

    /// <summary>The seeding day: offers were published before it.</summary>
    public DateOnly Today { get; }

    /// <summary>The first day of the school year under way on the seeding day (1 September).</summary>
    public DateOnly SchoolYearStart => new(_current.StartYear, 9, 1);

    /// <summary>Both weeks of the 2nde period (60 %), or the first or the second one only. Never modify the arrays.</summary>
    public DateOnly[] Seconde(Random random)
    {
        var year = Year(random);
        return random.Next(10) switch
        {
            < 6 => year.SecondeBoth,
            < 8 => year.SecondeFirst,
            _ => year.SecondeSecond,
        };
    }

    /// <summary>1 to 6 distinct Mondays of one school year, in order, a few weeks apart at most.</summary>
    public DateOnly[] College(Random random)
    {
        var mondays = Year(random).Mondays;
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
        var index = random.Next(mondays.Length);
        while (weeks.Count < wanted && index < mondays.Length)
        {
            weeks.Add(mondays[index]);
            index += random.Next(1, 5);
        }

        return [.. weeks];
    }

    private SchoolYearWeeks Year(Random random) => random.Chance(CurrentYearShare) ? _current : _next;

    /// <summary>
    /// A school year's weeks for 4e and 3e internships, from the second week of school to the week before the 2nde
    /// period, without the autumn and Christmas holidays (the same for every zone; winter and spring ones differ by
    /// zone and are kept); and its 2nde period.
    /// </summary>
    private sealed class SchoolYearWeeks
    {
        public SchoolYearWeeks(SchoolCalendar calendar, int startYear)
        {
            StartYear = startYear;
            var period = calendar.SecondePeriodOf(startYear + 1);
            (SecondeBoth, SecondeFirst, SecondeSecond) = ([period.Week1, period.Week2], [period.Week1], [period.Week2]);

            var firstMonday = NextMonday(new DateOnly(startYear, 9, 8));
            var holidays = AutumnHolidays(startYear).Concat([SchoolCalendar.MondayOf(new DateOnly(startYear, 12, 25)), SchoolCalendar.MondayOf(new DateOnly(startYear + 1, 1, 1))]).ToHashSet();
            var mondays = new List<DateOnly>();
            for (var monday = firstMonday; monday < period.Week1; monday = monday.AddDays(7))
            {
                if (!holidays.Contains(monday))
                {
                    mondays.Add(monday);
                }
            }

            Mondays = [.. mondays];
        }

        public int StartYear { get; }
        public DateOnly[] Mondays { get; }
        public DateOnly[] SecondeBoth { get; }
        public DateOnly[] SecondeFirst { get; }
        public DateOnly[] SecondeSecond { get; }

        /// <summary>The two weeks that end on the first Sunday of November.</summary>
        private static IEnumerable<DateOnly> AutumnHolidays(int year)
        {
            var lastMonday = SchoolCalendar.MondayOf(NextSunday(new DateOnly(year, 11, 1)));
            return [lastMonday.AddDays(-7), lastMonday];
        }

        private static DateOnly NextMonday(DateOnly day) => day.AddDays((8 - (int)day.DayOfWeek) % 7);

        private static DateOnly NextSunday(DateOnly day) => day.AddDays((7 - (int)day.DayOfWeek) % 7);
    }
}

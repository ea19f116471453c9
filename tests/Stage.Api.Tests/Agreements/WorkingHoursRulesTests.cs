using System.Globalization;
using Stage.Api.Agreements;

namespace Stage.Api.Tests.Agreements;

/// <summary>The hours allowed for minors in observation internships, rule by rule.</summary>
public sealed class WorkingHoursRulesTests
{
    private static DailyHours Day(Weekday day, string start = "09:00", string lunchStart = "12:00", string lunchEnd = "13:00", string end = "17:00") =>
        new(day, Time(start), Time(lunchStart), Time(lunchEnd), Time(end));

    private static TimeOnly Time(string text) => TimeOnly.Parse(text, CultureInfo.InvariantCulture);

    private static List<DailyHours> Week(DailyHours? monday = null) =>
        [monday ?? Day(Weekday.Monday), Day(Weekday.Tuesday), Day(Weekday.Wednesday), Day(Weekday.Thursday)];

    [Fact]
    public void Four_days_of_seven_hours_with_a_lunch_break_are_fine() => Assert.Null(WorkingHoursRules.Check(Week()));

    [Fact]
    public void Fewer_than_four_days_are_refused() =>
        Assert.Equal("dailyHours", WorkingHoursRules.Check(Week().Take(3).ToList())?.Field);

    [Theory]
    [InlineData("05:30", "09:30", "10:00", "13:00", "dailyHours[0].start")]
    [InlineData("13:00", "16:00", "16:30", "20:30", "dailyHours[0].end")]
    [InlineData("09:00", "12:00", "12:20", "16:00", "dailyHours[0].lunchEnd")]
    [InlineData("08:00", "13:00", "14:00", "16:00", "dailyHours[0]")]
    [InlineData("08:00", "12:00", "13:00", "17:30", "dailyHours[0]")]
    [InlineData("07:00", "09:00", "15:00", "17:30", "dailyHours[0]")]
    [InlineData("09:00", "13:00", "12:00", "17:00", "dailyHours[0]")]
    public void A_day_outside_the_bounds_for_minors_is_refused(string start, string lunchStart, string lunchEnd, string end, string field) =>
        Assert.Equal(field, WorkingHoursRules.Check(Week(Day(Weekday.Monday, start, lunchStart, lunchEnd, end)))?.Field);

    [Fact]
    public void The_same_day_twice_is_refused() =>
        Assert.Equal("dailyHours[1].day", WorkingHoursRules.Check([Day(Weekday.Monday), Day(Weekday.Monday), Day(Weekday.Friday), Day(Weekday.Friday)])?.Field);

    [Fact]
    public void More_than_35_hours_a_week_is_refused()
    {
        var days = Enum.GetValues<Weekday>().Select(d => Day(d, "09:00", "12:00", "13:00", "15:30")).ToList();
        Assert.Null(WorkingHoursRules.Check(days.Take(5).ToList()));
        Assert.Null(WorkingHoursRules.Check(days));
        Assert.Equal("dailyHours", WorkingHoursRules.Check(Enum.GetValues<Weekday>().Select(d => Day(d)).ToList())?.Field);
    }
}

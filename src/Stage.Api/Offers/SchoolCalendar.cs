using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Stage.Api.Offers.Management;

namespace Stage.Api.Offers;

/// <summary>
/// Today in France and the school years around it: which weeks have started, which school year a date belongs to,
/// and each year's mandatory 2nde period (configured for the years the ministry has published, computed otherwise).
/// </summary>
public sealed class SchoolCalendar(TimeProvider clock, IOptions<SchoolCalendarOptions> options)
{
    private static readonly TimeZoneInfo France =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var paris) ? paris : TimeZoneInfo.Utc;

    /// <summary>The system clock with the built-in periods, for code that runs outside the application (tests, tools).</summary>
    public static SchoolCalendar System { get; } = new(TimeProvider.System, Options.Create(new SchoolCalendarOptions()));

    /// <summary>Today's date in metropolitan France, or the configured one (<c>Stage:SchoolCalendar:Today</c>).</summary>
    public DateOnly Today => options.Value.Today ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), France).DateTime);

    /// <summary>
    /// The year in which the school year of <paramref name="day"/> starts: from July on, the one starting in September
    /// (the year that ended in June has no week left), before July the one that started the previous September.
    /// </summary>
    public static int SchoolYearOf(DateOnly day) => day.Month >= 7 ? day.Year : day.Year - 1;

    /// <summary>True when the week starting on <paramref name="monday"/> has started (its Monday is today or past).</summary>
    public bool HasStarted(DateOnly monday) => monday <= Today;

    /// <summary>The last day of a week that has started: an offer whose last Friday is after it still has a week to come.</summary>
    public DateOnly LastStartedFriday => MondayOf(Today).AddDays(4);

    /// <summary>The mandatory 2nde period of the school year ending in June of <paramref name="year"/>.</summary>
    public SecondePeriod SecondePeriodOf(int year) =>
        options.Value.SecondePeriods.TryGetValue(year, out var week1) ? new SecondePeriod(week1, week1.AddDays(7)) : SecondePeriod.Default(year);

    /// <summary>The Monday of the ISO week of <paramref name="day"/>.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

/// <summary>Configuration section "Stage:SchoolCalendar".</summary>
public sealed class SchoolCalendarOptions
{
    public const string Section = "Stage:SchoolCalendar";

    /// <summary>A fixed date standing for today (demonstrations, tests); unset, the clock's date in France.</summary>
    public DateOnly? Today { get; set; }

    /// <summary>
    /// The Monday of week 1 of the mandatory 2nde period, by the year of its June, for the years the ministry has
    /// published; other years take <see cref="SecondePeriod.Default"/>. 2026: Monday 15 to Friday 26 June.
    /// </summary>
    public Dictionary<int, DateOnly> SecondePeriods { get; set; } = new() { [2026] = new DateOnly(2026, 6, 15) };

    public static IServiceCollection Register(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SchoolCalendarOptions>().Bind(configuration.GetSection(Section))
            .Validate(o => o.SecondePeriods.All(p => p.Value.DayOfWeek == DayOfWeek.Monday && p.Value.Year == p.Key && p.Value.Month == 6),
                $"{Section}:SecondePeriods: each year's value is the Monday of week 1, in June of that year.")
            .ValidateOnStart();
        services.AddSingleton<SchoolCalendar>();
        return services;
    }
}

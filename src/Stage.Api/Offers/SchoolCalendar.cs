using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Schema;
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

    /// <summary>The Monday of the first week that has not started: the earliest a pupil may apply for.</summary>
    public DateOnly FirstWeekToCome => MondayOf(Today).AddDays(7);

    /// <summary>The last day of a week that has started: an offer whose last Friday is after it still has a week to come.</summary>
    public DateOnly LastStartedFriday => MondayOf(Today).AddDays(4);

    /// <summary>The mandatory 2nde period of the school year ending in June of <paramref name="year"/>.</summary>
    public SecondePeriod SecondePeriodOf(int year) =>
        options.Value.SecondePeriods.TryGetValue(year, out var week1) ? new SecondePeriod(week1, week1.AddDays(7)) : SecondePeriod.Default(year);

    /// <summary>True when <paramref name="year"/>'s period is configured as published rather than computed.</summary>
    public bool IsPublished(int year) => options.Value.SecondePeriods.ContainsKey(year);

    /// <summary>The first 2nde period whose first week has not started.</summary>
    public SecondePeriod NextSecondePeriod()
    {
        var year = SchoolYearOf(Today) + 1;
        var period = SecondePeriodOf(year);
        return HasStarted(period.Week1) ? SecondePeriodOf(year + 1) : period;
    }

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

/// <summary><c>schoolCalendar</c>: the day and the periods the API applies, so that a front-end offers what it will accept.</summary>
public sealed class SchoolCalendarQueries(SchoolCalendar calendar) : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<SchoolCalendarType>>("schoolCalendar")
            .Description(
                "Today in France and the school calendar the API applies: `offers` lists offers with a week after today by default, " +
                "`applyToOffer` refuses weeks that have started, 2nde offers cover their year's mandatory period.")
            .Resolve(_ => calendar);
}

public sealed class SchoolCalendarType : ObjectGraphType<SchoolCalendar>
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public SchoolCalendarType()
    {
        Name = "SchoolCalendar";
        Description = "Today in France and the school calendar the API applies.";
        Field<NonNullGraphType<DateType>>("today").Description("Today's date in France (Europe/Paris).").Resolve(c => c.Source.Today);
        Field<NonNullGraphType<IntGraphType>>("schoolYear")
            .Description("The first year of the school year under way: 2026 for 2026-2027 (from July on, the one starting in September).")
            .Resolve(c => SchoolCalendar.SchoolYearOf(c.Source.Today));
        Field<NonNullGraphType<StringGraphType>>("firstWeekToCome")
            .Description("The first ISO week that has not started, like \"2026-W51\": the earliest a pupil may apply for.")
            .Resolve(c => IsoWeek.Format(c.Source.FirstWeekToCome));
        Field<NonNullGraphType<SecondePeriodType>>("secondePeriod")
            .Description("The mandatory 2nde period of a year's June; by default the first one whose week 1 has not started.")
            .Argument<IntGraphType>("year", $"The year of the period's June, {FirstYear} to {LastYear} (`INVALID_YEAR` otherwise).")
            .Resolve(c =>
            {
                var period = c.GetArgument<int?>("year") is { } year
                    ? year is < FirstYear or > LastYear
                        ? throw new InvalidArgumentError(ErrorCodes.InvalidYear, "year", $"The year must be between {FirstYear} and {LastYear}.")
                        : c.Source.SecondePeriodOf(year)
                    : c.Source.NextSecondePeriod();
                return new PublishedSecondePeriod(period, c.Source.IsPublished(period.Week1.Year));
            });
    }
}

/// <summary>A 2nde period as the API answers it: its weeks, and whether they were published or computed.</summary>
public sealed record PublishedSecondePeriod(SecondePeriod Period, bool Published);

public sealed class SecondePeriodType : ObjectGraphType<PublishedSecondePeriod>
{
    public SecondePeriodType()
    {
        Name = "SecondePeriod";
        Description = "The two weeks of a year's mandatory 2nde internship period: a 2nde offer covers week 1, week 2 or both.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("weeks")
            .Description("Its two ISO weeks, like [\"2026-W25\", \"2026-W26\"].")
            .Resolve(c => new[] { IsoWeek.Format(c.Source.Period.Week1), IsoWeek.Format(c.Source.Period.Week2) });
        Field<NonNullGraphType<DateType>>("startDate").Description("The Monday of week 1.").Resolve(c => c.Source.Period.Week1);
        Field<NonNullGraphType<DateType>>("endDate").Description("The Friday of week 2.").Resolve(c => c.Source.Period.Week2.AddDays(4));
        Field<NonNullGraphType<BooleanGraphType>>("published")
            .Description("True when the ministry's published dates are configured; false for the computed default (the two weeks ending on June's last Friday).")
            .Resolve(c => c.Source.Published);
    }
}

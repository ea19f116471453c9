using GraphQL.Types;

namespace Stage.Api.Agreements;

/// <summary>One day's hours: arrival, lunch break, departure, as "HH:mm" local times.</summary>
public sealed record DailyHours(Weekday Day, TimeOnly Start, TimeOnly LunchStart, TimeOnly LunchEnd, TimeOnly End)
{
    public TimeSpan Worked => LunchStart - Start + (End - LunchEnd);
}

public sealed class DailyHoursType : ObjectGraphType<DailyHours>
{
    public DailyHoursType()
    {
        Name = "DailyHours";
        Description = "The hours of one day of the internship, as local times \"HH:mm\".";
        Field<NonNullGraphType<WeekdayType>>("day").Description("The day.").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<StringGraphType>>("start").Description("Arrival.").Resolve(c => DailyHoursJson.Format(c.Source.Start));
        Field<NonNullGraphType<StringGraphType>>("lunchStart").Description("Start of the lunch break.").Resolve(c => DailyHoursJson.Format(c.Source.LunchStart));
        Field<NonNullGraphType<StringGraphType>>("lunchEnd").Description("End of the lunch break.").Resolve(c => DailyHoursJson.Format(c.Source.LunchEnd));
        Field<NonNullGraphType<StringGraphType>>("end").Description("Departure.").Resolve(c => DailyHoursJson.Format(c.Source.End));
    }
}

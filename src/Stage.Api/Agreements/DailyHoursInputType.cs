using GraphQL.Types;

namespace Stage.Api.Agreements;

public sealed class DailyHoursInputType : InputObjectGraphType
{
    public DailyHoursInputType()
    {
        Name = "DailyHoursInput";
        Description = "The hours of one day, as local times \"HH:mm\" (24-hour clock). Each day has a lunch break.";
        Field<NonNullGraphType<WeekdayType>>("day").Description("The day (each day at most once).");
        Field<NonNullGraphType<StringGraphType>>("start").Description("Arrival, not before 06:00.");
        Field<NonNullGraphType<StringGraphType>>("lunchStart").Description("Start of the lunch break.");
        Field<NonNullGraphType<StringGraphType>>("lunchEnd").Description("End of the lunch break, at least 30 minutes after its start.");
        Field<NonNullGraphType<StringGraphType>>("end").Description("Departure, not after 20:00.");
    }
}

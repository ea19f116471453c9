namespace Stage.Api.Agreements;

/// <summary>One day's hours: arrival, lunch break, departure, as "HH:mm" local times.</summary>
public sealed record DailyHours(Weekday Day, TimeOnly Start, TimeOnly LunchStart, TimeOnly LunchEnd, TimeOnly End)
{
    public TimeSpan Worked => LunchStart - Start + (End - LunchEnd);
}

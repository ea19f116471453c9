using GraphQL.Types;

namespace Stage.Api.Agreements;

/// <summary>The days an internship may have hours on (Sunday is a rest day for minors).</summary>
public enum Weekday
{
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
}

public sealed class WeekdayType : EnumerationGraphType<Weekday>
{
    public WeekdayType()
    {
        Name = "Weekday";
        Description = "A day of the internship week; minors rest on Sundays.";
        foreach (var value in Values)
        {
            value.Description = "Every " + value.Name.ToLowerInvariant() + " of the internship.";
        }
    }
}

using GraphQL.Types;

namespace Stage.Api.Agreements;

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

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

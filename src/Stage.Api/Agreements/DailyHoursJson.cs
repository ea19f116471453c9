using System.Globalization;
using System.Text.Json;

namespace Stage.Api.Agreements;

/// <summary>The stored form of daily hours (agreements.daily_hours, jsonb): day names and "HH:mm" times.</summary>
public static class DailyHoursJson
{
    private const string TimeFormat = "HH:mm";

    public static string Write(IEnumerable<DailyHours> days) => JsonSerializer.Serialize(days.Select(d => new Stored(
        d.Day.ToString(), Format(d.Start), Format(d.LunchStart), Format(d.LunchEnd), Format(d.End))));

    public static IReadOnlyList<DailyHours> Read(string? json) => json is null ? [] :
        (JsonSerializer.Deserialize<List<Stored>>(json) ?? []).Select(s => new DailyHours(
            Enum.Parse<Weekday>(s.Day), Parse(s.Start), Parse(s.LunchStart), Parse(s.LunchEnd), Parse(s.End))).ToList();

    public static string Format(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static TimeOnly Parse(string text) => TimeOnly.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture);

    private sealed record Stored(string Day, string Start, string LunchStart, string LunchEnd, string End);
}

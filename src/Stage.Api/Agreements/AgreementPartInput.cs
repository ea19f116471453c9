using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements;

/// <summary>
/// Reads the fields of one part from a mutation's input: only the fields given are changed; a null or blank
/// value clears the field. Texts are trimmed and bounded; daily hours follow <see cref="WorkingHoursRules"/>.
/// </summary>
public static class AgreementPartInput
{
    public static (Dictionary<string, object?> Values, InvalidFieldError? Error) Read(AgreementPart part, IReadOnlyDictionary<string, object?> input)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in AgreementPartFields.Of(part).Keys.Where(input.ContainsKey))
        {
            if (field == AgreementPartFields.DailyHours)
            {
                var (json, hoursError) = ReadHours(input[field]);
                if (hoursError is not null)
                {
                    return (values, hoursError);
                }

                values[field] = json;
                continue;
            }

            var text = (input[field] as string)?.Trim();
            var max = field == AgreementPartFields.ActivityDescription ? AgreementConfiguration.MaxActivityLength : AgreementConfiguration.MaxTextLength;
            if (text is { Length: var length } && length > max)
            {
                return (values, new InvalidFieldError(field, $"At most {max:N0} characters; {length:N0} were given."));
            }

            if (field.EndsWith("Email", StringComparison.Ordinal) && !string.IsNullOrEmpty(text) && !IsEmail(text))
            {
                return (values, new InvalidFieldError(field, "This is not an email address."));
            }

            values[field] = string.IsNullOrEmpty(text) ? null : text;
        }

        return (values, null);
    }

    private static (string? Json, InvalidFieldError? Error) ReadHours(object? value)
    {
        if (value is null)
        {
            return (null, null);
        }

        var days = new List<DailyHours>();
        foreach (var (item, i) in ((IEnumerable<object?>)value).Cast<IDictionary<string, object?>>().Select((d, i) => (d, i)))
        {
            var times = new TimeOnly[4];
            var names = new[] { "start", "lunchStart", "lunchEnd", "end" };
            for (var t = 0; t < names.Length; t++)
            {
                if (!DailyHoursJson.TryParse(item[names[t]] as string, out times[t]))
                {
                    return (null, new InvalidFieldError($"{AgreementPartFields.DailyHours}[{i}].{names[t]}", "A time is written \"HH:mm\", e.g. \"09:00\"."));
                }
            }

            days.Add(new DailyHours((Weekday)item["day"]!, times[0], times[1], times[2], times[3]));
        }

        var error = WorkingHoursRules.Check(days);
        return error is null ? (DailyHoursJson.Write(days.OrderBy(d => d.Day)), null) : (null, error);
    }

    private static bool IsEmail(string text) =>
        text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal);
}

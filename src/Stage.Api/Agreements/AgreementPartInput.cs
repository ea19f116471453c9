using System.Text.Json;
using GraphQL.Types;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements;

/// <summary>
/// A change to one part of an agreement: only the fields given are changed; a null or blank value clears the
/// field. Texts are trimmed and bounded; daily hours follow <see cref="WorkingHoursRules"/>.
/// </summary>
public abstract record AgreementPartInput : PartialInput, IAgreementInput
{
    public required string AgreementId { get; init; }
    public string? IdempotencyKey { get; init; }

    /// <summary>The part's fields, by property name, in the order of <see cref="AgreementPartFields"/>.</summary>
    protected abstract IEnumerable<(string Property, object? Value)> Fields();

    /// <summary>The values to write, by GraphQL field name, or the first field that breaks a rule.</summary>
    public (Dictionary<string, object?> Values, InvalidFieldError? Error) Read()
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (property, value) in Fields())
        {
            if (!Has(property))
            {
                continue;
            }

            var field = JsonNamingPolicy.CamelCase.ConvertName(property);
            if (field == AgreementPartFields.DailyHours)
            {
                var (json, hoursError) = ReadHours(value as IReadOnlyList<DailyHoursInput>);
                if (hoursError is not null)
                {
                    return (values, hoursError);
                }

                values[field] = json;
                continue;
            }

            var text = (value as string)?.Trim();
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

    private static (string? Json, InvalidFieldError? Error) ReadHours(IReadOnlyList<DailyHoursInput>? given)
    {
        if (given is null)
        {
            return (null, null);
        }

        var days = new List<DailyHours>();
        foreach (var (item, i) in given.Select((d, i) => (d, i)))
        {
            var times = new TimeOnly[4];
            var texts = new[] { (nameof(item.Start), item.Start), (nameof(item.LunchStart), item.LunchStart), (nameof(item.LunchEnd), item.LunchEnd), (nameof(item.End), item.End) };
            for (var t = 0; t < texts.Length; t++)
            {
                if (!DailyHoursJson.TryParse(texts[t].Item2, out times[t]))
                {
                    return (null, new InvalidFieldError(
                        $"{AgreementPartFields.DailyHours}[{i}].{JsonNamingPolicy.CamelCase.ConvertName(texts[t].Item1)}", "A time is written \"HH:mm\", e.g. \"09:00\"."));
                }
            }

            days.Add(new DailyHours(item.Day, times[0], times[1], times[2], times[3]));
        }

        var error = WorkingHoursRules.Check(days);
        return error is null ? (DailyHoursJson.Write(days.OrderBy(d => d.Day)), null) : (null, error);
    }

    private static bool IsEmail(string text) =>
        text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Contains(' ', StringComparison.Ordinal);
}

/// <summary>The graph type of a part's change: the agreement, the idempotency key, then the part's fields.</summary>
public abstract class AgreementPartInputType<TInput> : PartialInputObjectGraphType<TInput>
    where TInput : AgreementPartInput
{
    protected AgreementPartInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field(i => i.AgreementId, typeof(NonNullGraphType<IdGraphType>)).Description("The agreement's global id.");
        this.AddIdempotencyKey(i => i.IdempotencyKey);
    }
}

public sealed record UpdateAgreementEmployerPartInput : AgreementPartInput
{
    public string? TutorName { get; init; }
    public string? TutorRole { get; init; }
    public string? TutorEmail { get; init; }
    public string? TutorPhone { get; init; }
    public string? ActivityDescription { get; init; }
    public IReadOnlyList<DailyHoursInput>? DailyHours { get; init; }

    protected override IEnumerable<(string Property, object? Value)> Fields() =>
    [
        (nameof(TutorName), TutorName), (nameof(TutorRole), TutorRole), (nameof(TutorEmail), TutorEmail), (nameof(TutorPhone), TutorPhone),
        (nameof(ActivityDescription), ActivityDescription), (nameof(DailyHours), DailyHours),
    ];
}

public sealed class UpdateAgreementEmployerPartInputType : AgreementPartInputType<UpdateAgreementEmployerPartInput>
{
    public UpdateAgreementEmployerPartInputType()
        : base("UpdateAgreementEmployerPartInput", "The host's fields to change; fields left out are kept, null clears one.")
    {
        Field(i => i.TutorName, typeof(StringGraphType)).Description("The tutor's full name (at most 200 characters).");
        Field(i => i.TutorRole, typeof(StringGraphType)).Description("The tutor's position.");
        Field(i => i.TutorEmail, typeof(StringGraphType)).Description("The tutor's email.");
        Field(i => i.TutorPhone, typeof(StringGraphType)).Description("The tutor's phone (optional).");
        Field(i => i.ActivityDescription, typeof(StringGraphType)).Description("The activities the pupil observes (at most 1,500 characters).");
        Field(i => i.DailyHours, typeof(ListGraphType<NonNullGraphType<DailyHoursInputType>>))
            .Description("The daily hours: at least 4 days, each with a lunch break, within the legal bounds for minors.");
    }
}

public sealed record UpdateAgreementSchoolPartInput : AgreementPartInput
{
    public string? SchoolHeadName { get; init; }
    public string? ReferentTeacherName { get; init; }
    public string? ReferentTeacherEmail { get; init; }
    public string? LegalRepresentativeName { get; init; }
    public string? LegalRepresentativeEmail { get; init; }

    protected override IEnumerable<(string Property, object? Value)> Fields() =>
    [
        (nameof(SchoolHeadName), SchoolHeadName), (nameof(ReferentTeacherName), ReferentTeacherName),
        (nameof(ReferentTeacherEmail), ReferentTeacherEmail), (nameof(LegalRepresentativeName), LegalRepresentativeName),
        (nameof(LegalRepresentativeEmail), LegalRepresentativeEmail),
    ];
}

public sealed class UpdateAgreementSchoolPartInputType : AgreementPartInputType<UpdateAgreementSchoolPartInput>
{
    public UpdateAgreementSchoolPartInputType()
        : base("UpdateAgreementSchoolPartInput", "The school's fields to change; fields left out are kept, null clears one.")
    {
        Field(i => i.SchoolHeadName, typeof(StringGraphType)).Description("The head of the school, who signs.");
        Field(i => i.ReferentTeacherName, typeof(StringGraphType)).Description("The teacher who follows the internship.");
        Field(i => i.ReferentTeacherEmail, typeof(StringGraphType)).Description("The referent teacher's email.");
        Field(i => i.LegalRepresentativeName, typeof(StringGraphType)).Description("The pupil's legal representative, who signs through a link.");
        Field(i => i.LegalRepresentativeEmail, typeof(StringGraphType)).Description("The legal representative's email.");
    }
}

/// <summary>The hours of one day as sent, local times "HH:mm".</summary>
public sealed record DailyHoursInput(Weekday Day, string Start, string LunchStart, string LunchEnd, string End);

public sealed class DailyHoursInputType : InputObjectGraphType<DailyHoursInput>
{
    public DailyHoursInputType()
    {
        Name = "DailyHoursInput";
        Description = "The hours of one day, as local times \"HH:mm\" (24-hour clock). Each day has a lunch break.";
        Field(h => h.Day, typeof(NonNullGraphType<WeekdayType>)).Description("The day (each day at most once).");
        Field(h => h.Start, typeof(NonNullGraphType<StringGraphType>)).Description("Arrival, not before 06:00.");
        Field(h => h.LunchStart, typeof(NonNullGraphType<StringGraphType>)).Description("Start of the lunch break.");
        Field(h => h.LunchEnd, typeof(NonNullGraphType<StringGraphType>)).Description("End of the lunch break, at least 30 minutes after its start.");
        Field(h => h.End, typeof(NonNullGraphType<StringGraphType>)).Description("Departure, not after 20:00.");
    }
}

namespace Stage.Api.Agreements;

/// <summary>The fields of each part (GraphQL name → column), and those that must be filled before the part is approved.</summary>
public static class AgreementPartFields
{
    public const string DailyHours = "dailyHours";
    public const string ActivityDescription = "activityDescription";

    public static readonly IReadOnlyDictionary<string, string> Employer = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tutorName"] = "tutor_name",
        ["tutorRole"] = "tutor_role",
        ["tutorEmail"] = "tutor_email",
        ["tutorPhone"] = "tutor_phone",
        [ActivityDescription] = "activity_description",
        [DailyHours] = "daily_hours",
    };

    public static readonly IReadOnlyDictionary<string, string> School = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["schoolHeadName"] = "school_head_name",
        ["referentTeacherName"] = "referent_teacher_name",
        ["referentTeacherEmail"] = "referent_teacher_email",
        ["legalRepresentativeName"] = "legal_representative_name",
        ["legalRepresentativeEmail"] = "legal_representative_email",
    };

    public static readonly IReadOnlyList<string> RequiredForCompletion = ["tutorName", "tutorRole", "tutorEmail", ActivityDescription, DailyHours];

    public static readonly IReadOnlyList<string> RequiredForValidation =
        ["schoolHeadName", "referentTeacherName", "legalRepresentativeName", "legalRepresentativeEmail"];

    public static IReadOnlyDictionary<string, string> Of(AgreementPart part) => part == AgreementPart.Employer ? Employer : School;

    public static string Column(string field) => Employer.TryGetValue(field, out var column) ? column : School[field];
}

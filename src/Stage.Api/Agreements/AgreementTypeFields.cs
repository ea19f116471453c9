using GraphQL.Types;
using Stage.Api.Offers;

namespace Stage.Api.Agreements;

/// <summary>The agreement's text fields: the part pre-filled on confirmation, the host's part, the school's part.</summary>
public static class AgreementTypeFields
{
    public static void AddPrefilled(AgreementType type)
    {
        type.Field(a => a.PupilFirstName).Description("The pupil's first name (pre-filled).");
        type.Field(a => a.PupilLastName).Description("The pupil's last name (pre-filled).");
        type.Field(a => a.PupilBirthDate).Description("The pupil's birth date (pre-filled).");
        type.Field(a => a.PupilClassName).Description("The pupil's class (pre-filled).");
        type.Field(a => a.SchoolName).Description("The pupil's school (pre-filled).");
        type.Field(a => a.SchoolAddress).Description("The school's address (pre-filled).");
        type.Field(a => a.HostName).Description("The host structure (pre-filled from the offer's employer).");
        type.Field(a => a.HostSiret, nullable: true).Description("The host's SIRET number, if any (pre-filled).");
        type.Field(a => a.HostAddress).Description("Where the internship takes place (pre-filled from the offer).");
        type.Field(a => a.OfferTitle).Description("The offer's title (pre-filled).");
        type.Field(a => a.StartDate).Description("The first day of the internship (pre-filled from the application's weeks).");
        type.Field(a => a.EndDate).Description("The last day of the internship (pre-filled).");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("weeks")
            .Description("The internship's ISO weeks, like \"2026-W25\".").Resolve(c => c.Source.Weeks.Select(IsoWeek.Format).ToArray());
    }

    public static void AddParts(AgreementType type)
    {
        type.Field(a => a.TutorName, nullable: true).Description("Employer part: the tutor who welcomes the pupil.");
        type.Field(a => a.TutorRole, nullable: true).Description("Employer part: the tutor's position.");
        type.Field(a => a.TutorEmail, nullable: true).Description("Employer part: the tutor's email.");
        type.Field(a => a.TutorPhone, nullable: true).Description("Employer part: the tutor's phone (optional).");
        type.Field(a => a.ActivityDescription, nullable: true)
            .Description("Employer part: the activities observed (at most 1,500 characters; pre-filled from the offer).");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DailyHoursType>>>>("dailyHours")
            .Description("Employer part: the daily hours (at least 4 days, each with a lunch break).").Resolve(c => DailyHoursJson.Read(c.Source.DailyHours));
        type.Field(a => a.SchoolHeadName, nullable: true).Description("School part: the head of the school, who signs.");
        type.Field(a => a.ReferentTeacherName, nullable: true).Description("School part: the teacher who follows the internship.");
        type.Field(a => a.ReferentTeacherEmail, nullable: true).Description("School part: the referent teacher's email.");
        type.Field(a => a.LegalRepresentativeName, nullable: true).Description("School part: the pupil's legal representative, who signs.");
        type.Field(a => a.LegalRepresentativeEmail, nullable: true).Description("School part: where the school sends the signing link.");
    }
}

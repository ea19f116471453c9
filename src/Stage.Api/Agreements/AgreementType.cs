using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Applications;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Loading;
using Stage.Api.Offers;
using Stage.Api.Schools;

using Stage.Api.Kit.Schema;

namespace Stage.Api.Agreements;

public sealed class AgreementType : ObjectGraphType<Agreement>
{
    public const string TypeName = "Agreement";

    private static readonly BatchQuery<long, Application?> ApplicationOf = BatchQuery.One(
        (StageDbContext db, long[] ids) => db.Applications.Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School)
            .Where(a => ids.Contains(a.Id)),
        a => a.Id);

    private static readonly BatchQuery<long, IReadOnlyList<AgreementSignature>> SignaturesOf = BatchQuery.Many(
        (StageDbContext db, long[] ids) => db.AgreementSignatures.Where(s => ids.Contains(s.AgreementId)).OrderBy(s => s.SignedAt).ThenBy(s => s.Id),
        s => s.AgreementId);

    private static readonly BatchQuery<long, IReadOnlyList<AgreementEvent>> HistoryOf = BatchQuery.Many(
        (StageDbContext db, long[] ids) => db.AgreementEvents.Where(e => ids.Contains(e.AgreementId)).OrderBy(e => e.Id), e => e.AgreementId);

    public AgreementType()
    {
        Name = TypeName;
        Description = "The internship agreement (convention de stage) of a confirmed application. Visible to its parties only: the pupil, " +
            "the host's members and operator, the pupil's school staff (and admins).";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The agreement's global id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<AgreementStatusType>>("status").Description("Where the agreement stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ApplicationType>>("application").Description("The confirmed application it belongs to.")
            .Resolve(c => c.Load(ApplicationOf, c.Source.ApplicationId));
        Field<NonNullGraphType<GradeType>>("grade").Description("The pupil's grade, which chooses the model agreement.").Resolve(c => c.Source.Grade);
        AddPrefilledPart();
        AddEmployerAndSchoolParts();
        Field<StringGraphType>("pdfUrl")
            .Description("Where its parties download the filled PDF (same bearer token as /graphql), relative to the API; null until VALIDATED_BY_SCHOOL.")
            .Resolve(c => c.Source.Status >= AgreementStatus.ValidatedBySchool ? AgreementPdfRoutes.Filled(c.Source.Id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementSignatureType>>>>("signatures")
            .Description("The signatures collected so far, oldest first.").Resolve(c => c.Load(SignaturesOf, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementEventType>>>>("history")
            .Description("Every change, oldest first: creation, steps, signatures, reopenings with the signatures they invalidated.")
            .Resolve(c => c.Load(HistoryOf, c.Source.Id));
        Field(a => a.CreatedAt).Description("When the application was confirmed and the agreement created.");
        Field(a => a.StatusChangedAt).Description("When the status last changed.");
    }

    /// <summary>The part filled on confirmation from the pupil, the school, the offer and the application.</summary>
    private void AddPrefilledPart()
    {
        Field(a => a.PupilFirstName).Description("The pupil's first name (pre-filled).");
        Field(a => a.PupilLastName).Description("The pupil's last name (pre-filled).");
        Field(a => a.PupilBirthDate).Description("The pupil's birth date (pre-filled).");
        Field(a => a.PupilClassName).Description("The pupil's class (pre-filled).");
        Field(a => a.SchoolName).Description("The pupil's school (pre-filled).");
        Field(a => a.SchoolAddress).Description("The school's address (pre-filled).");
        Field(a => a.HostName).Description("The host structure (pre-filled from the offer's employer).");
        Field(a => a.HostSiret, nullable: true).Description("The host's SIRET number, if any (pre-filled).");
        Field(a => a.HostAddress).Description("Where the internship takes place (pre-filled from the offer).");
        Field(a => a.OfferTitle).Description("The offer's title (pre-filled).");
        Field(a => a.StartDate).Description("The first day of the internship (pre-filled from the application's weeks).");
        Field(a => a.EndDate).Description("The last day of the internship (pre-filled).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("weeks")
            .Description("The internship's ISO weeks, like \"2026-W25\".").Resolve(c => c.Source.Weeks.Select(IsoWeek.Format).ToArray());
    }

    private void AddEmployerAndSchoolParts()
    {
        Field(a => a.TutorName, nullable: true).Description("Employer part: the tutor who welcomes the pupil.");
        Field(a => a.TutorRole, nullable: true).Description("Employer part: the tutor's position.");
        Field(a => a.TutorEmail, nullable: true).Description("Employer part: the tutor's email.");
        Field(a => a.TutorPhone, nullable: true).Description("Employer part: the tutor's phone (optional).");
        Field(a => a.ActivityDescription, nullable: true)
            .Description("Employer part: the activities observed (at most 1,500 characters; pre-filled from the offer).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DailyHoursType>>>>("dailyHours")
            .Description("Employer part: the daily hours (at least 4 days, each with a lunch break).").Resolve(c => DailyHoursJson.Read(c.Source.DailyHours));
        Field(a => a.SchoolHeadName, nullable: true).Description("School part: the head of the school, who signs.");
        Field(a => a.ReferentTeacherName, nullable: true).Description("School part: the teacher who follows the internship.");
        Field(a => a.ReferentTeacherEmail, nullable: true).Description("School part: the referent teacher's email.");
        Field(a => a.LegalRepresentativeName, nullable: true).Description("School part: the pupil's legal representative, who signs.");
        Field(a => a.LegalRepresentativeEmail, nullable: true).Description("School part: where the school sends the signing link.");
    }
}

public sealed class AgreementSignatureType : ObjectGraphType<AgreementSignature>
{
    public AgreementSignatureType()
    {
        Name = "AgreementSignature";
        Description = "One signatory's signature.";
        Field<NonNullGraphType<SignatoryType>>("role").Description("The role signed in.").Resolve(c => c.Source.Role);
        Field(s => s.SignerName).Description("Who signed.");
        Field(s => s.SignedAt).Description("When.");
    }
}

/// <summary><c>Application.agreement</c> and <c>Application.agreementHistory</c>, read for a whole page of applications at once.</summary>
public sealed class ApplicationAgreementFields : IObjectTypeFields<ApplicationType>
{
    /// <summary>
    /// Whoever sees an application is party to its agreement, and to the history of its agreements, deleted ones
    /// included: no further access check.
    /// </summary>
    private static readonly BatchQuery<long, Agreement?> AgreementOf =
        BatchQuery.One((StageDbContext db, long[] ids) => db.Agreements.Where(a => ids.Contains(a.ApplicationId)), a => a.ApplicationId);

    private static readonly BatchQuery<long, IReadOnlyList<AgreementEvent>> AgreementHistoryOf = BatchQuery.Many(
        (StageDbContext db, long[] ids) => db.AgreementEvents.Where(e => ids.Contains(e.ApplicationId)).OrderBy(e => e.Id), e => e.ApplicationId);

    public void AddTo(ApplicationType type)
    {
        type.Field<AgreementType>("agreement")
            .Description("The internship agreement, from confirmation until the application is withdrawn or cancelled; null otherwise.")
            .Resolve(c => c.Load(AgreementOf, c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementEventType>>>>("agreementHistory")
            .Description("Every change of this application's agreements, oldest first, including those of an agreement since deleted (the deletion has `to: null`).")
            .Resolve(c => c.Load(AgreementHistoryOf, c.Source.Id));
    }
}

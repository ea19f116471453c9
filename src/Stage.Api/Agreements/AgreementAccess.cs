using Stage.Api.Applications;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements;

/// <summary>
/// Who may see and act on an agreement: its parties are those of its application. The host (employer
/// members, the offer's operator) fills the employer part, the school's staff the school part; the pupil,
/// the host and the school head sign for themselves, the legal representative through a signing link.
/// </summary>
public static class AgreementAccess
{
    /// <summary>The agreements <paramref name="viewer"/> is party to, for EF queries.</summary>
    public static IQueryable<Agreement> VisibleTo(this IQueryable<Agreement> agreements, Data.StageDbContext db, Viewer viewer)
    {
        var applications = db.Applications.VisibleTo(viewer);
        return agreements.Where(ag => applications.Any(a => a.Id == ag.ApplicationId));
    }

    public static bool IsHost(Viewer viewer, PartyIds parties) =>
        viewer.Kind is AccountKind.EmployerMember or AccountKind.Operator && viewer.Party.CanSee(parties);

    public static bool IsSchoolStaff(Viewer viewer, PartyIds parties) => viewer.Kind == AccountKind.Staff && viewer.Party.CanSee(parties);

    /// <summary>The role in which <paramref name="viewer"/> signs this agreement, or null when they sign none.</summary>
    public static Signatory? SignatoryOf(Viewer viewer, PartyIds parties) =>
        viewer.Kind == AccountKind.Pupil && viewer.PupilId == parties.PupilId ? Signatory.Pupil
        : IsHost(viewer, parties) ? Signatory.Employer
        : IsSchoolStaff(viewer, parties) && viewer.StaffRole == StaffRole.SchoolHead ? Signatory.SchoolHead
        : null;
}

using Stage.Api.Applications;
using Stage.Api.Identity;
using Stage.Api.Schools;

namespace Stage.Api.Agreements;

/// <summary>
/// Who may see and act on an agreement: its parties are those of its application. The host (employer
/// members, the offer's operator) fills the employer part, the school's staff the school part; the pupil,
/// the host and the school head sign for themselves, the legal representative through a signing link.
/// </summary>
public static class AgreementAccess
{
    public static bool CanSee(Viewer viewer, ApplicationOwners owners) => ApplicationAccess.CanSee(viewer, owners);

    public static bool IsHost(Viewer viewer, ApplicationOwners owners) =>
        viewer.Kind is AccountKind.EmployerMember or AccountKind.Operator && CanSee(viewer, owners);

    public static bool IsSchoolStaff(Viewer viewer, ApplicationOwners owners) => viewer.Kind == AccountKind.Staff && CanSee(viewer, owners);

    /// <summary>The role in which <paramref name="viewer"/> signs this agreement, or null when they sign none.</summary>
    public static Signatory? SignatoryOf(Viewer viewer, ApplicationOwners owners) =>
        viewer.Kind == AccountKind.Pupil && viewer.PupilId == owners.PupilId ? Signatory.Pupil
        : IsHost(viewer, owners) ? Signatory.Employer
        : IsSchoolStaff(viewer, owners) && viewer.StaffRole == StaffRole.SchoolHead ? Signatory.SchoolHead
        : null;
}

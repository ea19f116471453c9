using Stage.Api.Identity;

namespace Stage.Api.Applications;

/// <summary>
/// Who may see and act on an application. Seeing: the pupil, the host's members and operator, the
/// pupil's school staff, admins. Acting: the side the transition table names.
/// </summary>
public static class ApplicationAccess
{
    public static bool CanSee(Viewer viewer, ApplicationOwners owners) => viewer.Kind switch
    {
        AccountKind.Pupil => viewer.PupilId == owners.PupilId,
        AccountKind.EmployerMember => viewer.EmployerId == owners.EmployerId,
        AccountKind.Operator => owners.OperatorId is not null && viewer.OperatorId == owners.OperatorId,
        AccountKind.Staff => viewer.SchoolId == owners.SchoolId,
        AccountKind.Admin => true,
        _ => false,
    };

    public static bool CanAct(Viewer viewer, ApplicationOwners owners, ApplicationActor actor) => actor switch
    {
        ApplicationActor.Pupil => viewer.Kind == AccountKind.Pupil && viewer.PupilId == owners.PupilId,
        ApplicationActor.Employer => viewer.Kind is AccountKind.EmployerMember or AccountKind.Operator && CanSee(viewer, owners),
        _ => false,
    };
}

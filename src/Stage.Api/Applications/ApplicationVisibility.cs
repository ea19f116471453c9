using Stage.Api.Identity;

namespace Stage.Api.Applications;

public static class ApplicationVisibility
{
    /// <summary>The applications <paramref name="viewer"/> may see, as <see cref="ApplicationAccess.CanSee"/> says, for EF queries.</summary>
    public static IQueryable<Application> VisibleTo(this IQueryable<Application> applications, Viewer viewer) => viewer.Kind switch
    {
        AccountKind.Pupil => applications.Where(a => a.PupilId == viewer.PupilId),
        AccountKind.EmployerMember => applications.Where(a => a.Offer.EmployerId == viewer.EmployerId),
        AccountKind.Operator => applications.Where(a => a.Offer.OperatorId != null && a.Offer.OperatorId == viewer.OperatorId),
        AccountKind.Staff => applications.Where(a => a.Pupil.SchoolId == viewer.SchoolId),
        AccountKind.Admin => applications,
        _ => applications.Where(a => false),
    };
}

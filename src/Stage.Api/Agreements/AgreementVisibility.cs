using Stage.Api.Identity;

namespace Stage.Api.Agreements;

public static class AgreementVisibility
{
    /// <summary>The agreements <paramref name="viewer"/> is party to, as <see cref="AgreementAccess.CanSee"/> says, for EF queries.</summary>
    public static IQueryable<Agreement> VisibleTo(this IQueryable<Agreement> agreements, Data.StageDbContext db, Viewer viewer)
    {
        var applications = Applications.ApplicationVisibility.VisibleTo(db.Applications, viewer);
        return agreements.Where(ag => applications.Any(a => a.Id == ag.ApplicationId));
    }
}

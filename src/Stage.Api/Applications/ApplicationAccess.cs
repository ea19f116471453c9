using System.Linq.Expressions;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications;

/// <summary>
/// Who may see and act on an application. Seeing: its parties (<see cref="PartyAccess"/>). Acting: the side the
/// transition table names.
/// </summary>
public static class ApplicationAccess
{
    /// <summary>An application's parties, for queries.</summary>
    public static readonly Expression<Func<Application, PartyIds>> Parties =
        a => new PartyIds(a.PupilId, a.Pupil.SchoolId, a.Offer.EmployerId, a.Offer.OperatorId);

    /// <summary>The applications <paramref name="viewer"/> may see, for EF queries.</summary>
    public static IQueryable<Application> VisibleTo(this IQueryable<Application> applications, Viewer viewer) =>
        applications.VisibleTo(viewer.Party, Parties);

    public static bool CanAct(Viewer viewer, PartyIds parties, ApplicationActor actor) => actor switch
    {
        ApplicationActor.Pupil => viewer.Kind == AccountKind.Pupil && viewer.PupilId == parties.PupilId,
        ApplicationActor.Employer => viewer.Kind is AccountKind.EmployerMember or AccountKind.Operator && viewer.Party.CanSee(parties),
        _ => false,
    };
}

using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Applications;
using Stage.Api.Data;
using Stage.Api.Kit.Loading;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Schools.Pupils;

/// <summary>
/// <c>Pupil.applications</c>, so that a school's staff follow their pupils' applications, read for a whole page of
/// pupils at once. Added to the <see cref="PupilType"/> the schema uses (see <see cref="PupilManagementSetup"/>).
/// </summary>
public static class PupilApplicationsField
{
    public const string Name = "applications";

    /// <summary>The applications of these pupils that the viewer may see, newest first, with their offers.</summary>
    private static readonly BatchQuery<long, IReadOnlyList<Application>> ApplicationsOf = BatchQuery.Many(
        (StageDbContext db, long[] pupilIds, Viewer viewer) => db.Applications.VisibleTo(viewer)
            .Where(a => pupilIds.Contains(a.PupilId))
            .Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School)
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id),
        a => a.PupilId);

    public static PupilType AddTo(PupilType pupilType)
    {
        pupilType.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationType>>>>(Name)
            .Description("The pupil's applications, newest first: all of them for the pupil and for their school's staff; for a host, only those to its offers.")
            .Resolve(context => context.Load(ApplicationsOf, context.Source.Id, context.RequireViewer()));
        return pupilType;
    }
}

using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Loading;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Schema;
using Stage.Api.Schools;

namespace Stage.Api.Applications;

/// <summary>
/// <c>Pupil.applications</c>, so that a school's staff follow their pupils' applications, read for a whole page of
/// pupils at once.
/// </summary>
public sealed class PupilApplicationsField : IObjectTypeFields<PupilType>
{
    /// <summary>The applications of these pupils that the viewer may see, newest first, with their offers.</summary>
    private static readonly BatchQuery<long, IReadOnlyList<Application>> ApplicationsOf = BatchQuery.Many(
        (StageDbContext db, long[] pupilIds, Viewer viewer) => db.Applications.VisibleTo(viewer)
            .Where(a => pupilIds.Contains(a.PupilId))
            .Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School)
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id),
        a => a.PupilId);

    public void AddTo(PupilType type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationType>>>>("applications")
            .Description("The pupil's applications, newest first: all of them for the pupil and for their school's staff; for a host, only those to its offers.")
            .Resolve(context => context.Load(ApplicationsOf, context.Source.Id, context.RequireViewer()));
}

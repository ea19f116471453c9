using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Events;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications.Subscriptions;

/// <summary>Reads committed status changes in commit order (by position), for the live feed and for replays.</summary>
public sealed class ApplicationStatusChanges(IDbContextFactory<StageDbContext> databases) : IPartyEventStore<ApplicationStatusChange>
{
    public string Table => "application_events";

    public async Task<long> LastPositionAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.ApplicationEvents.MaxAsync(e => e.Position, cancellationToken) ?? 0;
    }

    public async Task<IReadOnlyList<ApplicationStatusChange>> ReadAsync(
        long after, int limit, Viewer? viewer, long? subjectId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var applications = viewer is null ? db.Applications : db.Applications.VisibleTo(viewer);
        if (subjectId is { } id)
        {
            applications = applications.Where(a => a.Id == id);
        }

        return await (
                from e in db.ApplicationEvents
                join a in applications on e.ApplicationId equals a.Id
                where e.Position > after
                orderby e.Position
                select new ApplicationStatusChange(
                    e.Position!.Value, e.ApplicationId, e.FromStatus, e.ToStatus, e.AuthorRole, e.OccurredAt,
                    new PartyIds(a.PupilId, a.Pupil.SchoolId, a.Offer.EmployerId, a.Offer.OperatorId)))
            .Take(limit)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Stage.Api.Applications;
using Stage.Api.Data;
using Stage.Api.Events;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements.Subscriptions;

/// <summary>Reads committed agreement changes in commit order (by position), for the live feed and for replays.</summary>
public sealed class AgreementStatusChanges(IDbContextFactory<StageDbContext> databases) : IPartyEventStore<AgreementStatusChange>
{
    public string Table => "agreement_events";

    public async Task<long> LastPositionAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.AgreementEvents.MaxAsync(e => e.Position, cancellationToken) ?? 0;
    }

    public async Task<IReadOnlyList<AgreementStatusChange>> ReadAsync(
        long after, int limit, Viewer? viewer, long? subjectId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var applications = viewer is null ? db.Applications : db.Applications.VisibleTo(viewer);
        var events = subjectId is { } id ? db.AgreementEvents.Where(e => e.AgreementId == id) : db.AgreementEvents;
        return await (
                from e in events
                join a in applications on e.ApplicationId equals a.Id
                where e.Position > after
                orderby e.Position
                select new AgreementStatusChange(
                    e.Position!.Value, e.AgreementId, e.ApplicationId, e.FromStatus, e.ToStatus, e.AuthorRole, e.Note, e.OccurredAt,
                    new PartyIds(a.PupilId, a.Pupil.SchoolId, a.Offer.EmployerId, a.Offer.OperatorId)))
            .Take(limit)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }
}

using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications;

/// <summary>
/// What an application mutation did: the application it concerns, or the rule that refused it; and the application as
/// its transaction left it (read before the commit, never stored with an idempotency key).
/// </summary>
public sealed record MutationOutcome(long? ApplicationId, IBusinessError? Error, [property: JsonIgnore] Application? Application = null)
    : IIdempotentOutcome<MutationOutcome>
{
    public bool IsRefused => Error is not null;

    public static MutationOutcome KeyReused(IdempotencyKeyReusedError error) => Refused(error);

    public static MutationOutcome Done(long applicationId) => new(applicationId, null);

    public static MutationOutcome Refused(IBusinessError error, long? applicationId = null) => new(applicationId, error);
}

/// <summary>The application an outcome names, with what its payload shows at once (offer, employer, pupil, school).</summary>
public sealed class ApplicationSnapshot : IOutcomeSnapshot<MutationOutcome>
{
    public async Task<MutationOutcome> TakeAsync(StageDbContext db, MutationOutcome outcome, CancellationToken cancellationToken) =>
        outcome.ApplicationId is not { } id ? outcome : outcome with
        {
            Application = await db.Applications.AsNoTracking()
                .Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School)
                .SingleOrDefaultAsync(a => a.Id == id, cancellationToken),
        };
}

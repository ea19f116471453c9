using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements;

/// <summary>
/// What an agreement mutation did: the agreement it concerns, or the rule that refused it. A signing
/// token is handed out once and never stored (nor kept with an idempotency key); nor is the agreement as its
/// transaction left it, read before the commit for the payload.
/// </summary>
public sealed record AgreementOutcome(
    long? AgreementId, IBusinessError? Error, [property: JsonIgnore] SigningLink? Link = null, [property: JsonIgnore] Agreement? Agreement = null)
    : IIdempotentOutcome<AgreementOutcome>
{
    public bool IsRefused => Error is not null;

    public static AgreementOutcome KeyReused(IdempotencyKeyReusedError error) => Refused(error);

    public static AgreementOutcome Done(long agreementId) => new(agreementId, null);

    public static AgreementOutcome Refused(IBusinessError error, long? agreementId = null) => new(agreementId, error);
}

/// <summary>The agreement an outcome names, as its transaction left it.</summary>
public sealed class AgreementSnapshot : IOutcomeSnapshot<AgreementOutcome>
{
    public async Task<AgreementOutcome> TakeAsync(StageDbContext db, AgreementOutcome outcome, CancellationToken cancellationToken) =>
        outcome.AgreementId is not { } id ? outcome : outcome with
        {
            Agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken),
        };
}

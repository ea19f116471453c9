using System.Text.Json.Serialization;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements;

/// <summary>
/// What an agreement mutation did: the agreement it concerns, or the rule that refused it. A signing
/// token is handed out once and never stored (nor kept with an idempotency key).
/// </summary>
public sealed record AgreementOutcome(long? AgreementId, IBusinessError? Error, [property: JsonIgnore] SigningLink? Link = null) : IIdempotentOutcome<AgreementOutcome>
{
    public bool IsRefused => Error is not null;

    public static AgreementOutcome KeyReused(IdempotencyKeyReusedError error) => Refused(error);

    public static AgreementOutcome Done(long agreementId) => new(agreementId, null);

    public static AgreementOutcome Refused(IBusinessError error, long? agreementId = null) => new(agreementId, error);
}

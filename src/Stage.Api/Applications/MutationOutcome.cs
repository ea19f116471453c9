using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications;

/// <summary>What an application mutation did: the application it concerns, or the rule that refused it.</summary>
public sealed record MutationOutcome(long? ApplicationId, IBusinessError? Error) : IIdempotentOutcome<MutationOutcome>
{
    public bool IsRefused => Error is not null;

    public static MutationOutcome KeyReused(IdempotencyKeyReusedError error) => Refused(error);

    public static MutationOutcome Done(long applicationId) => new(applicationId, null);

    public static MutationOutcome Refused(IBusinessError error, long? applicationId = null) => new(applicationId, error);
}

using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;


namespace Stage.Api.Pupils;

/// <summary>What a pre-registration did: the pupils it created (in the order of the input), or why it wrote nothing.</summary>
public sealed record PreRegistrationOutcome(IReadOnlyList<long> PupilIds, IReadOnlyList<IBusinessError> Errors)
    : IIdempotentOutcome<PreRegistrationOutcome>
{
    public static PreRegistrationOutcome KeyReused(IdempotencyKeyReusedError error) => Refused(error);

    public bool IsRefused => Errors.Count > 0;

    public static PreRegistrationOutcome Done(IReadOnlyList<long> pupilIds) => new(pupilIds, []);

    public static PreRegistrationOutcome Refused(params IBusinessError[] errors) => new([], errors);

    public static PreRegistrationOutcome Refused(IReadOnlyList<IBusinessError> errors) => new([], errors);
}

using Stage.Api.Kit.Mutations;

namespace Stage.Api.Schools.PreRegistration;

/// <summary>The answer of <c>preRegisterPupils</c>: the pupils created, or every reason why none was.</summary>
public sealed record PreRegisterPupilsPayload(IReadOnlyList<Pupil>? Pupils, IReadOnlyList<IBusinessError>? Errors)
{
    public int Count => Pupils?.Count ?? 0;
}

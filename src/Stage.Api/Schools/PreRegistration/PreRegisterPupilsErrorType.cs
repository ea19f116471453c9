using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Schools.PreRegistration;

public sealed class PreRegisterPupilsErrorType() : ErrorUnionType("PreRegisterPupilsError",
    typeof(PupilRowError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

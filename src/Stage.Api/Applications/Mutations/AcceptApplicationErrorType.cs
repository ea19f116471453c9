using Stage.Api.Applications.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class AcceptApplicationErrorType() : ErrorUnionType("AcceptApplicationError",
    typeof(InvalidTransitionError), typeof(IdempotencyKeyReusedError));

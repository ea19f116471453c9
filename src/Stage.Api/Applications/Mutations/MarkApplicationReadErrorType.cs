using Stage.Api.Applications.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class MarkApplicationReadErrorType() : ErrorUnionType("MarkApplicationReadError",
    typeof(InvalidTransitionError), typeof(IdempotencyKeyReusedError));

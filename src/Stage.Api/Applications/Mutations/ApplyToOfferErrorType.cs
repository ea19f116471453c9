using Stage.Api.Applications.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class ApplyToOfferErrorType() : ErrorUnionType("ApplyToOfferError",
    typeof(OfferNotAvailableError), typeof(GradeMismatchError), typeof(WeeksNotOfferedError),
    typeof(AlreadyAppliedError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

using Stage.Api.Applications.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class ApplyToOfferErrorType() : ErrorUnionType("ApplyToOfferError",
    typeof(OfferNotAvailableErrorType), typeof(GradeMismatchErrorType), typeof(WeeksNotOfferedErrorType),
    typeof(AlreadyAppliedErrorType), typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

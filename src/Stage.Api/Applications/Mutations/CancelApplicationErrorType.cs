using Stage.Api.Applications.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class CancelApplicationErrorType() : ErrorUnionType("CancelApplicationError",
    typeof(InvalidTransitionErrorType), typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

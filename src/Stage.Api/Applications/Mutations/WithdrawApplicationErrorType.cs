using Stage.Api.Applications.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class WithdrawApplicationErrorType() : ErrorUnionType("WithdrawApplicationError",
    typeof(InvalidTransitionErrorType), typeof(IdempotencyKeyReusedErrorType));

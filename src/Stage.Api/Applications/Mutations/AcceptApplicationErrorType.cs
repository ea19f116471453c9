using Stage.Api.Applications.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class AcceptApplicationErrorType() : ErrorUnionType("AcceptApplicationError",
    typeof(InvalidTransitionErrorType), typeof(IdempotencyKeyReusedErrorType));

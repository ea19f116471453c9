using Stage.Api.Applications.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class MarkApplicationReadErrorType() : ErrorUnionType("MarkApplicationReadError",
    typeof(InvalidTransitionErrorType), typeof(IdempotencyKeyReusedErrorType));

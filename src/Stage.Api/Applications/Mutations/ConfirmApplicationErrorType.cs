using Stage.Api.Applications.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Mutations;

public sealed class ConfirmApplicationErrorType() : ErrorUnionType("ConfirmApplicationError",
    typeof(InvalidTransitionErrorType), typeof(NoSeatsLeftErrorType), typeof(PeriodConflictErrorType), typeof(IdempotencyKeyReusedErrorType));

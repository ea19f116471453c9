using Stage.Api.Agreements.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class CompleteAgreementErrorType() : ErrorUnionType("CompleteAgreementError", typeof(AgreementStatusErrorType), typeof(IncompleteAgreementErrorType), typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

using Stage.Api.Agreements.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class SignAgreementErrorType() : ErrorUnionType("SignAgreementError", typeof(AgreementStatusErrorType), typeof(AlreadySignedErrorType), typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

using Stage.Api.Agreements.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class SignAgreementErrorType() : ErrorUnionType("SignAgreementError", typeof(AgreementStatusError), typeof(AlreadySignedError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

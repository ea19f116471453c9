using Stage.Api.Agreements.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class CompleteAgreementErrorType() : ErrorUnionType("CompleteAgreementError", typeof(AgreementStatusError), typeof(IncompleteAgreementError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

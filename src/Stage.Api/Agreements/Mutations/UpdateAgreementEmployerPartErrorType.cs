using Stage.Api.Agreements.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class UpdateAgreementEmployerPartErrorType() : ErrorUnionType("UpdateAgreementEmployerPartError", typeof(AgreementStatusError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

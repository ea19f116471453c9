using Stage.Api.Agreements.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class UpdateAgreementSchoolPartErrorType() : ErrorUnionType("UpdateAgreementSchoolPartError", typeof(AgreementStatusError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

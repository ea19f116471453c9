using Stage.Api.Agreements.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class UpdateAgreementEmployerPartErrorType() : ErrorUnionType("UpdateAgreementEmployerPartError", typeof(AgreementStatusErrorType), typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

using Stage.Api.Agreements.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class UpdateAgreementSchoolPartErrorType() : ErrorUnionType("UpdateAgreementSchoolPartError", typeof(AgreementStatusErrorType), typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Schools.PreRegistration;

public sealed class PreRegisterPupilsErrorType() : ErrorUnionType("PreRegisterPupilsError",
    typeof(PupilRowErrorType), typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

using Stage.Api.Agreements.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class SignAgreementWithTokenErrorType() : ErrorUnionType("SignAgreementWithTokenError", typeof(InvalidSigningTokenErrorType), typeof(AlreadySignedErrorType));

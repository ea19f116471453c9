using Stage.Api.Agreements.Errors;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class SignAgreementWithTokenErrorType() : ErrorUnionType("SignAgreementWithTokenError", typeof(InvalidSigningTokenError), typeof(AlreadySignedError));

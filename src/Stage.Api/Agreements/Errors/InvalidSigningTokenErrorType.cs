using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed class InvalidSigningTokenErrorType() : BusinessErrorType<InvalidSigningTokenError>(
    "InvalidSigningTokenError", "The signing token is unknown, already used, replaced, or expired; ask the school for a new link.");

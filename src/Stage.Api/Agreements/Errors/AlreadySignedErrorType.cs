using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed class AlreadySignedErrorType() : BusinessErrorType<AlreadySignedError>(
    "AlreadySignedError", "This signatory has already signed the agreement.");

using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed record AlreadySignedError(string Message) : IBusinessError;

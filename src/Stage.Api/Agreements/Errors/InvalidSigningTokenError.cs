using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed record InvalidSigningTokenError(string Message) : IBusinessError;

using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed record AlreadyAppliedError(string Message) : IBusinessError;

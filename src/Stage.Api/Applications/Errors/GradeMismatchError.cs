using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed record GradeMismatchError(string Message) : IBusinessError;

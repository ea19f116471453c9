using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed record PeriodConflictError(string Message) : IBusinessError;

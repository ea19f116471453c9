using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed record IncompleteAgreementError(string Message, IReadOnlyList<string> MissingFields) : IBusinessError;

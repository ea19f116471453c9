using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed record IncompleteAgreementError(string Message, IReadOnlyList<string> MissingFields) : IBusinessError;

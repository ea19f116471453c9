using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed record AgreementStatusError(string Message, AgreementStatus CurrentStatus) : IBusinessError;

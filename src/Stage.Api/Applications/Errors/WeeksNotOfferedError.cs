using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed record WeeksNotOfferedError(string Message) : IBusinessError;

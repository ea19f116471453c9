using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed record InvalidTransitionError(string Message, ApplicationStatus CurrentStatus) : IBusinessError;

using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed record OfferNotAvailableError(string Message) : IBusinessError;

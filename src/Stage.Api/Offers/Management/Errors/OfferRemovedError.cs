using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Errors;

public sealed record OfferRemovedError(string Message) : IBusinessError;

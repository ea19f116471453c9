using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>The answer of an offer mutation: the offer as it now stands, and the refusals if any.</summary>
public sealed record OfferPayload(Offer? Offer, IReadOnlyList<IBusinessError>? Errors);

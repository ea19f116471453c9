namespace Stage.Api.Offers.Management.Mutations;

public sealed class RemoveOfferInputType() : OfferChangeInputType("RemoveOfferInput", "The offer to remove.");

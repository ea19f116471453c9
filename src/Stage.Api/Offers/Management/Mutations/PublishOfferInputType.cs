namespace Stage.Api.Offers.Management.Mutations;

public sealed class PublishOfferInputType() : OfferChangeInputType("PublishOfferInput", "The offer to publish.");

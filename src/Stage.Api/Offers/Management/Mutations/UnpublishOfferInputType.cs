namespace Stage.Api.Offers.Management.Mutations;

public sealed class UnpublishOfferInputType() : OfferChangeInputType("UnpublishOfferInput", "The offer to unpublish.");

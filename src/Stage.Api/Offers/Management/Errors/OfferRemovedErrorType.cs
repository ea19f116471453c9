using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Errors;

public sealed class OfferRemovedErrorType() : BusinessErrorType<OfferRemovedError>(
    "OfferRemovedError", "The offer was removed: a removed offer can no longer be changed, published or unpublished.");

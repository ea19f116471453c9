using Stage.Api.Kit.Mutations;
using Stage.Api.Offers.Management.Errors;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class UnpublishOfferErrorType() : ErrorUnionType("UnpublishOfferError", typeof(OfferRemovedError));

using Stage.Api.Kit.Mutations;
using Stage.Api.Offers.Management.Errors;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class UpdateOfferErrorType() : ErrorUnionType("UpdateOfferError", typeof(InvalidFieldError), typeof(OfferRemovedError));

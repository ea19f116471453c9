using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Offers.Management.Errors;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class UpsertOffersErrorType() : ErrorUnionType("UpsertOffersError",
    typeof(UpsertOfferItemError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

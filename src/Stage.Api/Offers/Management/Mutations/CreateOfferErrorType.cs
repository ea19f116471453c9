using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class CreateOfferErrorType() : ErrorUnionType("CreateOfferError", typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class CreateOfferErrorType() : ErrorUnionType("CreateOfferError", typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

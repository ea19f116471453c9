using Stage.Api.GraphQL.Mutations;
using Stage.Api.Offers.Management.Errors;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class UpsertOffersErrorType() : ErrorUnionType("UpsertOffersError",
    typeof(UpsertOfferItemErrorType), typeof(InvalidFieldErrorType), typeof(IdempotencyKeyReusedErrorType));

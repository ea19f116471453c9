using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Errors;

public sealed record OfferHasInternshipsError(string Message, int SeatsTaken) : IBusinessError;

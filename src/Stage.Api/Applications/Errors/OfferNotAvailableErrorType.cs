using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed class OfferNotAvailableErrorType() : BusinessErrorType<OfferNotAvailableError>("OfferNotAvailableError", "The offer does not take applications: it is not published, has no seat left, or is reserved to other schools.");

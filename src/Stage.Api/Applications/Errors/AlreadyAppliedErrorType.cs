using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed class AlreadyAppliedErrorType() : BusinessErrorType<AlreadyAppliedError>("AlreadyAppliedError", "The pupil has already applied to this offer (one application per pupil and offer).");

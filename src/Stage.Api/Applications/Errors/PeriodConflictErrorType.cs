using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed class PeriodConflictErrorType() : BusinessErrorType<PeriodConflictError>("PeriodConflictError", "The pupil already has a confirmed internship on overlapping weeks.");

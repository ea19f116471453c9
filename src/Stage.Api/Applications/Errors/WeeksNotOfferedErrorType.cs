using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed class WeeksNotOfferedErrorType() : BusinessErrorType<WeeksNotOfferedError>("WeeksNotOfferedError", "The chosen weeks are not among the offer's, are not consecutive, or are too many for the grade.");

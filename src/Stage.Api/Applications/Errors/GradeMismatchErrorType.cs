using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed class GradeMismatchErrorType() : BusinessErrorType<GradeMismatchError>("GradeMismatchError", "The offer is not open to the pupil's grade.");

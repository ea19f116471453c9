using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed class NoSeatsLeftErrorType() : BusinessErrorType<NoSeatsLeftError>("NoSeatsLeftError", "No seat is left on the offer: every seat is taken by a confirmed internship.");

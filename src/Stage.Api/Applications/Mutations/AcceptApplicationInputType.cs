namespace Stage.Api.Applications.Mutations;

public sealed class AcceptApplicationInputType() : ApplicationChangeInputType("AcceptApplicationInput", "Accepts an application; the pupil then confirms.", false);

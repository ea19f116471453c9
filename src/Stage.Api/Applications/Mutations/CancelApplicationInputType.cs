namespace Stage.Api.Applications.Mutations;

public sealed class CancelApplicationInputType() : ApplicationChangeInputType("CancelApplicationInput", "Cancels an accepted or confirmed application, with an optional message.", true);

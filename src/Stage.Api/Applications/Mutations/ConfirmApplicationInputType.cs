namespace Stage.Api.Applications.Mutations;

public sealed class ConfirmApplicationInputType() : ApplicationChangeInputType("ConfirmApplicationInput", "Confirms an accepted application: takes a seat.", false);

namespace Stage.Api.Applications.Mutations;

public sealed class WithdrawApplicationInputType() : ApplicationChangeInputType("WithdrawApplicationInput", "Withdraws the pupil's application.", false);

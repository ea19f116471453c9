namespace Stage.Api.Applications.Mutations;

public sealed class RejectApplicationInputType() : ApplicationChangeInputType("RejectApplicationInput", "Rejects an application, with an optional message.", true);

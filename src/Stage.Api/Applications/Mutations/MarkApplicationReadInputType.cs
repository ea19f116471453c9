namespace Stage.Api.Applications.Mutations;

public sealed class MarkApplicationReadInputType() : ApplicationChangeInputType("MarkApplicationReadInput", "Marks an application as read by the host.", false);

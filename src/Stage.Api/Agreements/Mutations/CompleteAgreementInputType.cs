namespace Stage.Api.Agreements.Mutations;

public sealed class CompleteAgreementInputType() : AgreementInputType("CompleteAgreementInput", "The agreement whose employer part the host declares complete.");

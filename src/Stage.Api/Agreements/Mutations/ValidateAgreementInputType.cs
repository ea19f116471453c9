namespace Stage.Api.Agreements.Mutations;

public sealed class ValidateAgreementInputType() : AgreementInputType("ValidateAgreementInput", "The agreement the school validates.");

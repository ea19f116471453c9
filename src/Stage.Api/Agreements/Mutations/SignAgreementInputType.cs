namespace Stage.Api.Agreements.Mutations;

public sealed class SignAgreementInputType() : AgreementInputType("SignAgreementInput", "The agreement the viewer signs, in the role they hold (pupil, host, school head).");

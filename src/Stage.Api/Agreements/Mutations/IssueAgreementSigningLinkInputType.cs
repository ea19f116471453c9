namespace Stage.Api.Agreements.Mutations;

public sealed class IssueAgreementSigningLinkInputType() : AgreementInputType("IssueAgreementSigningLinkInput", "The agreement whose legal representative should sign; a new token replaces the previous one.", withIdempotencyKey: false);

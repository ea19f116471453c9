using Stage.Api.Agreements.Errors;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class IssueAgreementSigningLinkErrorType() : ErrorUnionType("IssueAgreementSigningLinkError", typeof(AgreementStatusError), typeof(AlreadySignedError));

using Stage.Api.Agreements.Errors;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements.Mutations;

public sealed class IssueAgreementSigningLinkErrorType() : ErrorUnionType("IssueAgreementSigningLinkError", typeof(AgreementStatusErrorType), typeof(AlreadySignedErrorType));

using GraphQL.Types;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements;

public sealed record AgreementStatusError(string Message, AgreementStatus CurrentStatus) : IBusinessError;

public sealed class AgreementStatusErrorType : BusinessErrorType<AgreementStatusError>
{
    public AgreementStatusErrorType() : base("AgreementStatusError", "The agreement's current status does not allow this change.")
    {
        Field<NonNullGraphType<AgreementStatusType>>("currentStatus")
            .Description("The agreement's status now.").Resolve(c => c.Source.CurrentStatus);
    }
}

public sealed record AlreadySignedError(string Message) : IBusinessError;

public sealed class AlreadySignedErrorType() : BusinessErrorType<AlreadySignedError>(
    "AlreadySignedError", "This signatory has already signed the agreement.");

public sealed record IncompleteAgreementError(string Message, IReadOnlyList<string> MissingFields) : IBusinessError;

public sealed class IncompleteAgreementErrorType : BusinessErrorType<IncompleteAgreementError>
{
    public IncompleteAgreementErrorType() : base("IncompleteAgreementError", "Fields that must be filled before this step are empty.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missingFields")
            .Description("The empty fields, as named in the agreement type (e.g. `tutorName`).").Resolve(c => c.Source.MissingFields);
    }
}

public sealed record InvalidSigningTokenError(string Message) : IBusinessError;

public sealed class InvalidSigningTokenErrorType() : BusinessErrorType<InvalidSigningTokenError>(
    "InvalidSigningTokenError", "The signing token is unknown, already used, replaced, or expired; ask the school for a new link.");

using GraphQL.Types;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed class AgreementStatusErrorType : BusinessErrorType<AgreementStatusError>
{
    public AgreementStatusErrorType() : base("AgreementStatusError", "The agreement's current status does not allow this change.")
    {
        Field<NonNullGraphType<AgreementStatusType>>("currentStatus")
            .Description("The agreement's status now.").Resolve(c => c.Source.CurrentStatus);
    }
}

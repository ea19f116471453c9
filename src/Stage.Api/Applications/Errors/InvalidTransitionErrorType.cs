using GraphQL.Types;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications.Errors;

public sealed class InvalidTransitionErrorType : BusinessErrorType<InvalidTransitionError>
{
    public InvalidTransitionErrorType() : base("InvalidTransitionError", "The application's current status does not allow this change.")
    {
        Field<NonNullGraphType<ApplicationStatusType>>("currentStatus")
            .Description("The application's status now.").Resolve(c => c.Source.CurrentStatus);
    }
}

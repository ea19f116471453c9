using GraphQL.Types;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Applications.Queries;

public sealed class ApplicationFilterInputType : InputObjectGraphType
{
    public ApplicationFilterInputType()
    {
        Name = "ApplicationFilterInput";
        Description = "Conditions on applications; all given conditions must hold.";
        Field<EnumOperationFilterInputType<ApplicationStatusType>>("status").Description("The application's status.");
        Field<ComparableOperationFilterInputType<DateTimeType>>("submittedAt").Description("When the pupil applied.");
    }
}

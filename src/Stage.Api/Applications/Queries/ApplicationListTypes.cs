using GraphQL.Types;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Applications.Queries;

public enum ApplicationSortField
{
    SubmittedAt,
    StatusChangedAt,
}

public sealed class ApplicationSortInputType() : SortInputType<ApplicationSortField>(
    "ApplicationSortInput",
    "The sort key of a list of applications: exactly one field. The application id breaks ties.",
    (ApplicationSortField.SubmittedAt, "By submission time."),
    (ApplicationSortField.StatusChangedAt, "By the time of the last status change."));

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

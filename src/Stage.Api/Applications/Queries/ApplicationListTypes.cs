using GraphQL.Types;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Applications.Queries;

public enum ApplicationSortField
{
    SubmittedAt,
    StatusChangedAt,
}

public sealed class ApplicationSortInputType : InputObjectGraphType
{
    public ApplicationSortInputType()
    {
        Name = "ApplicationSortInput";
        Description = "The sort key of a list of applications: exactly one field. The application id breaks ties.";
        Field<SortEnumType>("submittedAt").Description("By submission time.");
        Field<SortEnumType>("statusChangedAt").Description("By the time of the last status change.");
    }
}

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

using GraphQL.Types;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Applications.Queries;

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

namespace Stage.Api.Applications.Queries;

public enum ApplicationSortField
{
    SubmittedAt,
    StatusChangedAt,
}

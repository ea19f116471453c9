namespace Stage.Api.Kit.Filtering;

public enum SortDirection
{
    Ascending,
    Descending,
}

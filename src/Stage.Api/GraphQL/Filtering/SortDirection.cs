namespace Stage.Api.GraphQL.Filtering;

public enum SortDirection
{
    Ascending,
    Descending,
}

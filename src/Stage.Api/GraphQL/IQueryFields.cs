namespace Stage.Api.GraphQL;

/// <summary>A feature's fields on the root <c>Query</c> type; each feature folder has one.</summary>
public interface IQueryFields
{
    void AddTo(QueryType query);
}

using GraphQL.Types;

namespace Stage.Api.GraphQL;

/// <summary>The root query type, assembled from every feature's <see cref="IQueryFields"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "The entry points for reading: offers, sectors, and any object by its global id.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}

using GraphQL.Types;

namespace Stage.Api.Kit.Schema;

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

/// <summary>A feature's fields on the root <c>Query</c> type; each feature folder has one.</summary>
public interface IQueryFields
{
    void AddTo(QueryType query);
}

/// <summary>The root mutation type, assembled from every feature's <see cref="IMutationFields"/>.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "The entry points for changing things. Each takes one `input` and answers a payload whose `errors` list the business rules that refused it.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}

/// <summary>A feature's fields on the root <c>Mutation</c> type.</summary>
public interface IMutationFields
{
    void AddTo(MutationType mutation);
}

/// <summary>The root subscription type, assembled from every feature's <see cref="ISubscriptionFields"/>.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType(IEnumerable<ISubscriptionFields> features)
    {
        Name = "Subscription";
        Description = "Real-time events, over WebSocket (graphql-transport-ws) or Server-Sent Events at the same URL as queries. Events come from committed changes only.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}

/// <summary>A feature's fields on the root <c>Subscription</c> type.</summary>
public interface ISubscriptionFields
{
    void AddTo(SubscriptionType subscription);
}

/// <summary>
/// A feature's fields on an object type that another feature owns (e.g. <c>Pupil.applications</c>, added
/// by Applications to the Schools' <c>Pupil</c>), so that the type's folder does not depend on the
/// feature that extends it. The owning type calls <see cref="ObjectTypeFields.AddContributed{TGraphType}"/>.
/// </summary>
public interface IObjectTypeFields<in TGraphType> where TGraphType : IComplexGraphType
{
    void AddTo(TGraphType type);
}

public static class ObjectTypeFields
{
    /// <summary>Adds the fields every <see cref="IObjectTypeFields{TGraphType}"/> registered for this type contributes.</summary>
    public static void AddContributed<TGraphType>(this TGraphType type, IEnumerable<IObjectTypeFields<TGraphType>> contributions)
        where TGraphType : IComplexGraphType
    {
        foreach (var contribution in contributions)
        {
            contribution.AddTo(type);
        }
    }
}

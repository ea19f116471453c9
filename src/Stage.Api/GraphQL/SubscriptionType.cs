using GraphQL.Types;

namespace Stage.Api.GraphQL;

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

namespace Stage.Api.GraphQL;

/// <summary>A feature's fields on the root <c>Subscription</c> type.</summary>
public interface ISubscriptionFields
{
    void AddTo(SubscriptionType subscription);
}

using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Schema;

namespace Stage.Api.GraphQL;

public sealed class StageSchema : Schema
{
    public StageSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Description = "Stage: observation internships for pupils of 4e, 3e and 2nde in France.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        this.RegisterTypeMapping<DateOnly, DateType>();
        this.RegisterTypeMapping<DateTimeOffset, DateTimeType>();
    }
}

using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class UpsertOfferItemInputType : InputObjectGraphType
{
    public UpsertOfferItemInputType()
    {
        Name = "UpsertOfferItemInput";
        Description = "One offer of a bulk upsert, identified by its remote id: created when new, replaced (every field) when known.";
        this.AddOfferFields(required: true);
        this.AddPublisherFields(remoteIdRequired: true);
        Field<BooleanGraphType>("publish")
            .Description("True to publish, false to unpublish; left out, a new offer starts UNPUBLISHED and a known one keeps its status. " +
                "A removed offer stays removed.");
    }
}

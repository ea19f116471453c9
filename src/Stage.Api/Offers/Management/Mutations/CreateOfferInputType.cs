using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class CreateOfferInputType : InputObjectGraphType
{
    public CreateOfferInputType()
    {
        Name = "CreateOfferInput";
        Description = "A new offer. Employer members create their employer's offers; operators name the employer (`employerId` or `newEmployer`).";
        this.AddOfferFields(required: true);
        this.AddPublisherFields(remoteIdRequired: false);
        Field<BooleanGraphType>("publish").DefaultValue(false)
            .Description("True to publish the offer at once; by default it starts UNPUBLISHED (publish it later with `publishOffer`).");
        Field<StringGraphType>("idempotencyKey").Description(OfferInputFields.IdempotencyKeyDescription);
    }
}

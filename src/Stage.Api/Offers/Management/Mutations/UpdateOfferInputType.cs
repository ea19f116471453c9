using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class UpdateOfferInputType : InputObjectGraphType
{
    public UpdateOfferInputType()
    {
        Name = "UpdateOfferInput";
        Description = "Changes to an offer: the fields given replace the offer's, the others stay. The offer must satisfy every rule as it will stand.";
        Field<NonNullGraphType<IdGraphType>>("offerId").Description("The offer's global id.");
        this.AddOfferFields(required: false);
    }
}

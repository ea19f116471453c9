using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class UpsertOffersInputType : InputObjectGraphType
{
    public UpsertOffersInputType()
    {
        Name = "UpsertOffersInput";
        Description = "An operator's offers to create or update in one call, all or nothing.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UpsertOfferItemInputType>>>>("offers")
            .Description($"Up to {UpsertOffers.MaxItems} offers, each with a distinct remote id.");
        Field<StringGraphType>("idempotencyKey").Description(OfferInputFields.IdempotencyKeyDescription);
    }
}

using GraphQL.Types;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Offers.Subscriptions;

public sealed class OfferSeatsChangeType : ObjectGraphType<OfferSeatsChange>
{
    public OfferSeatsChangeType()
    {
        Name = "OfferSeatsChange";
        Description = "An offer's seats and status after a committed change.";
        Field<NonNullGraphType<IdGraphType>>("offerId").Description("The offer's global id.")
            .Resolve(c => GlobalId.Encode(OfferType.TypeName, c.Source.OfferId));
        Field(c => c.Seats).Description("Seats offered in all.");
        Field(c => c.RemainingSeats).Description("Seats not yet taken by a confirmed internship.");
        Field<NonNullGraphType<OfferStatusType>>("status").Description("The offer's status now; searchable only while PUBLISHED.")
            .Resolve(c => c.Source.Status);
    }
}

using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Errors;

public sealed class OfferHasInternshipsErrorType : BusinessErrorType<OfferHasInternshipsError>
{
    public OfferHasInternshipsErrorType() : base("OfferHasInternshipsError",
        "Pupils have confirmed internships on the offer: it cannot be removed until they are canceled.")
    {
        Field(e => e.SeatsTaken).Description("How many seats confirmed internships take.");
    }
}

using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Errors;

public sealed class UpsertOfferItemErrorType : BusinessErrorType<UpsertOfferItemError>
{
    public UpsertOfferItemErrorType() : base("UpsertOfferItemError", "One item of a bulk upsert breaks a rule; nothing was written.")
    {
        Field(e => e.Index).Description("The item's position in `offers`, from 0.");
        Field(e => e.RemoteId, nullable: true).Description("The item's remote id, as given.");
        Field(e => e.Field).Description("The input field, as a path from `input` (e.g. `offers[3].address.postalCode`).");
    }
}

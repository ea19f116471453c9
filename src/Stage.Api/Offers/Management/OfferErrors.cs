using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management;

public sealed record OfferHasInternshipsError(string Message, int SeatsTaken) : IBusinessError;

public sealed class OfferHasInternshipsErrorType : BusinessErrorType<OfferHasInternshipsError>
{
    public OfferHasInternshipsErrorType() : base("OfferHasInternshipsError",
        "Pupils have confirmed internships on the offer: it cannot be removed until they are canceled.")
    {
        Field(e => e.SeatsTaken).Description("How many seats confirmed internships take.");
    }
}

public sealed record OfferRemovedError(string Message) : IBusinessError;

public sealed class OfferRemovedErrorType() : BusinessErrorType<OfferRemovedError>(
    "OfferRemovedError", "The offer was removed: a removed offer can no longer be changed, published or unpublished.");

/// <summary>An invalid field of one item of a bulk upsert.</summary>
public sealed record UpsertOfferItemError(int Index, string? RemoteId, string Field, string Message) : IBusinessError;

public sealed class UpsertOfferItemErrorType : BusinessErrorType<UpsertOfferItemError>
{
    public UpsertOfferItemErrorType() : base("UpsertOfferItemError", "One item of a bulk upsert breaks a rule; nothing was written.")
    {
        Field(e => e.Index).Description("The item's position in `offers`, from 0.");
        Field(e => e.RemoteId, nullable: true).Description("The item's remote id, as given.");
        Field(e => e.Field).Description("The input field, as a path from `input` (e.g. `offers[3].address.postalCode`).");
    }
}

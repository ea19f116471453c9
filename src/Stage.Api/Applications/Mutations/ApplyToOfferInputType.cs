using GraphQL.Types;

namespace Stage.Api.Applications.Mutations;

public sealed class ApplyToOfferInputType : InputObjectGraphType
{
    public ApplyToOfferInputType()
    {
        Name = "ApplyToOfferInput";
        Description = "A pupil's application to an offer.";
        Field<NonNullGraphType<IdGraphType>>("offerId").Description("The offer's global id.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("weeks")
            .Description("The chosen ISO weeks among the offer's, like \"2026-W25\": one for 4e and 3e, one or two consecutive for 2nde.");
        Field<NonNullGraphType<StringGraphType>>("motivation").Description("Why the pupil applies (1 to 2,000 characters).");
        Field<StringGraphType>("idempotencyKey").Description(ApplicationChangeInputType.IdempotencyKeyDescription);
    }
}

using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class UpsertOffersPayloadType : ObjectGraphType<UpsertOffersPayload>
{
    public UpsertOffersPayloadType()
    {
        Name = "UpsertOffersPayload";
        Description = "The operator's offers as they now stand, or why nothing was written.";
        Field<ListGraphType<NonNullGraphType<OfferType>>>("offers")
            .Description("The offers, in the order of the input's items; null when refused.").Resolve(c => c.Source.Offers);
        Field<IntGraphType>("created").Description("How many offers were created; null when refused.").Resolve(c => c.Source.Counts?.Created);
        Field<IntGraphType>("updated").Description("How many known offers were changed; null when refused.").Resolve(c => c.Source.Counts?.Updated);
        Field<IntGraphType>("unchanged")
            .Description("How many known offers were given again without a change (and left untouched); null when refused.")
            .Resolve(c => c.Source.Counts?.Unchanged);
        Field<ListGraphType<NonNullGraphType<UpsertOffersErrorType>>>("errors")
            .Description("Why nothing was written: every invalid field of every item; null when the offers were written.").Resolve(c => c.Source.Errors);
    }
}

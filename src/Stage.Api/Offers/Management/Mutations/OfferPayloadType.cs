using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>The payload of one offer mutation, whose typed errors are the union <typeparamref name="TErrors"/>.</summary>
public sealed class OfferPayloadType<TErrors> : ObjectGraphType<OfferPayload>
    where TErrors : UnionGraphType, new()
{
    public OfferPayloadType()
    {
        Name = new TErrors().Name.Replace("Error", "Payload", StringComparison.Ordinal);
        Description = "The offer as it now stands, or why the change was refused.";
        Field<OfferType>("offer")
            .Description("The offer, whatever its status (unchanged when refused); null when there is none to show.").Resolve(c => c.Source.Offer);
        Field<ListGraphType<NonNullGraphType<TErrors>>>("errors")
            .Description("Why the change was refused, every invalid field at once; null when it was made.").Resolve(c => c.Source.Errors);
    }
}

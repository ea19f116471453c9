using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Schema;
using Stage.Api.Offers.Search;

namespace Stage.Api.Offers;

public sealed class OfferQueries(OfferSearch search) : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<OfferType>("offer")
            .Description("The offer with this id, or null when there is none, it is not public (unpublished or removed), or it is reserved to schools the viewer is not part of.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The offer's global id.")
            .ResolveAsync(async context => await search.ByIdAsync(
                GlobalId.Parse(context.GetArgument<string>("id"), OfferType.TypeName),
                OfferColumns.ForOffer(context), OfferCaller.Of(context.Viewer()), context.CancellationToken));
}

using GraphQL.Types;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers.Search;

public sealed class OfferSearchQueries(OfferSearch search, OfferCursorCodec cursors, IOptions<SearchOptions> options, IOptions<PagingOptions> paging) : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<OfferConnectionType>("offers")
            .Description(
                "Searches published offers with seats left (full ones only when `where` filters on `remainingSeats`). " +
                "Pages by cursor in any order; the offer id always breaks ties, so paging is stable.")
            .PageArguments(paging.Value, "offers", "offer")
            .Argument<OfferFilterInputType>("where", "Conditions on the offers' fields.")
            .Argument<ListGraphType<NonNullGraphType<OfferSortInputType>>>("order",
                "Sort keys, most significant first. Default: distance with `near`, else relevance with `search`, else start date.")
            .Argument<NearInputType>("near", "Only offers within a radius of a point, nearest first by default; each gets `distanceKm`.")
            .Argument<StringGraphType>("search",
                "Words to find in the title, description and employer (French, accents ignored, the last word as a prefix). At most 200 characters.")
            .Resolve(context =>
            {
                var request = OfferSearchArguments.Parse(context, options.Value, paging.Value, cursors);
                var facetsSelected = context.SubFields?.Values.Any(f => f.Field.Name.StringValue == "facets") == true;
                return new OfferConnection(request, search, cursors, facetsSelected, context.CancellationToken);
            });
}

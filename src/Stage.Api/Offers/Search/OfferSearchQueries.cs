using GraphQL.Types;
using GraphQL;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers.Search;

public sealed class OfferSearchQueries(OfferSearch search, KeysetCursors cursors, IOptions<SearchOptions> options, IOptions<PagingOptions> paging) : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<OfferConnectionType>("offers")
            .Description(
                "Searches published offers with seats left (full ones only when `where` filters on `remainingSeats`). " +
                "Pages by cursor in any order; the offer id always breaks ties, so paging is stable.")
            .PageArguments(paging.Value, "offers", "offer")
            .Argument<OfferFilterInputType>(FilterArgument.Name, "Conditions on the offers' fields.")
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

/// <summary>
/// Reads and checks the arguments of <c>offers</c>. Every mistake is an <see cref="InvalidArgumentError"/>
/// naming the argument, raised before any database work.
/// </summary>
public static class OfferSearchArguments
{
    public static OfferSearchRequest Parse(IResolveFieldContext context, SearchOptions options, PagingOptions paging, KeysetCursors cursors)
    {
        var near = Near(context.GetArgument<NearInput?>("near"), options);
        var search = Search(context.GetArgument<string?>("search"));
        var order = OfferOrderArgument.Parse(context.GetArgument<List<SortInput<OfferSortField>>?>("order"), near is not null, search is not null);
        var where = FilterArgument.Read(context, OfferFilter.Fields);
        var page = PageArguments.Read(context, paging);

        var request = new OfferSearchRequest(where, order, near, search, new OfferPageRequest(page.Size, page.Backward, null))
        {
            Territory = OfferTerritory.Of(context),
        };
        return page.Cursor is null
            ? request
            : request with { Page = request.Page with { Cursor = cursors.Decode(page.Cursor, request.OrderingFingerprint, request.SortValueTypes, page.CursorArgument) } };
    }

    private static GeoCircle? Near(NearInput? near, SearchOptions options)
    {
        if (near is null)
        {
            return null;
        }

        var (latitude, longitude, radius) = (near.Latitude, near.Longitude, near.RadiusKm ?? options.DefaultRadiusKm);
        if (latitude is < -90 or > 90)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidCoordinates, "near.latitude", "Latitude must be between -90 and 90.");
        }

        if (longitude is < -180 or > 180)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidCoordinates, "near.longitude", "Longitude must be between -180 and 180.");
        }

        if (radius <= 0 || radius > options.MaxRadiusKm)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidRadius, "near.radiusKm", $"The radius must be above 0 and at most {options.MaxRadiusKm} km.");
        }

        return new GeoCircle(latitude, longitude, radius);
    }

    private static FullTextQuery? Search(string? text) =>
        text is null ? null
        : text.Length > FullTextQuery.MaxLength
            ? throw new InvalidArgumentError(ErrorCodes.SearchTooLong, "search", $"The search text is limited to {FullTextQuery.MaxLength} characters.")
            : FullTextQuery.Parse(text);
}

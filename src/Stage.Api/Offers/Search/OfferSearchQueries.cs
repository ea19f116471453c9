using GraphQL.Types;
using GraphQL;
using Microsoft.Extensions.Options;
using Stage.Api.Geography;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers.Search;

public sealed class OfferSearchQueries(
    OfferSearch search, KeysetCursors cursors, SchoolCalendar calendar, IOptions<SearchOptions> options, IOptions<PagingOptions> paging) : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<OfferConnectionType>("offers")
            .Description(
                "Searches published offers with seats left (full ones only when `where` filters on `remainingSeats`) and a week " +
                "to come (past ones too with `includePast`). " +
                "Pages by cursor in any order; the offer id always breaks ties, so paging is stable.")
            .PageArguments(paging.Value, "offers", "offer")
            .Argument<OfferFilterInputType>(FilterArgument.Name, "Conditions on the offers' fields.")
            .Argument<ListGraphType<NonNullGraphType<OfferSortInputType>>>("order",
                "Sort keys, most significant first. Default: distance with `near`, else relevance with `search`, else start date.")
            .Argument<NearInputType>("near", "Only offers within a radius of a point, a place or a postal code, nearest first by default; each gets `distanceKm`.")
            .Argument<StringGraphType>("search",
                "Words to find in the title, description and employer (French, accents ignored, the last word as a prefix). At most 200 characters.")
            .Argument<NonNullGraphType<BooleanGraphType>>(OfferSearchArguments.IncludePast, arg =>
            {
                arg.Description = "Also list offers whose weeks have all started or are over. By default an offer is listed while " +
                    "one of its weeks is still to come (its Monday after today, in France), so that a pupil can still apply to it.";
                arg.DefaultValue = false;
            })
            .Argument<OfferViewerInputType>(OfferViewerInputType.Argument,
                "A signed-in pupil's view: by default a pupil sees only the offers open to their grade; widen it or hide the offers already applied to.")
            .ResolveAsync(async context =>
            {
                var request = OfferSearchArguments.Parse(context, options.Value, paging.Value, cursors) with
                {
                    EndsAfter = OfferSearchArguments.EndsAfter(context, calendar),
                };

                request = await search.WithPupilGradeAsync(request, context.CancellationToken);

                var selected = context.SubFields?.Values.Select(f => f.Field.Name.StringValue).ToHashSet(StringComparer.Ordinal) ?? [];
                var reads = new OfferConnectionReads(
                    Facets: selected.Contains("facets"), Page: selected.Overlaps(["edges", "nodes", "pageInfo"]));
                return new OfferConnection(request, search, cursors, reads, new SearchBudget(options.Value.Budget, context.CancellationToken));
            });
}

/// <summary>
/// Reads and checks the arguments of <c>offers</c>. Every mistake is an <see cref="InvalidArgumentError"/>
/// naming the argument, raised before any database work.
/// </summary>
public static class OfferSearchArguments
{
    public const string IncludePast = "includePast";

    /// <summary>The cut-off of offers with a week to come (<see cref="OfferSearchRequest.EndsAfter"/>); null with <c>includePast: true</c>.</summary>
    public static DateOnly? EndsAfter(IResolveFieldContext context, SchoolCalendar calendar) =>
        context.GetArgument<bool>(IncludePast) ? null : calendar.LastStartedFriday;

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
            Caller = OfferCaller.Of(context.Viewer()),
            Pupil = PupilView.Of(context),
            Columns = OfferColumns.ForConnection(context),
        };
        return page.Cursor is null
            ? request
            : request with { Page = request.Page with { Cursor = cursors.Decode(page.Cursor, request.OrderingFingerprint, request.SortValueTypes, page.CursorArgument) } };
    }

    public static GeoCircle? Near(NearInput? near, SearchOptions options)
    {
        if (near is null)
        {
            return null;
        }

        var (latitude, longitude) = Centre(near);
        var radius = near.RadiusKm ?? options.DefaultRadiusKm;
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

    /// <summary>The centre of <c>near</c>: its point, its place's point or its postal code's; exactly one must be given.</summary>
    private static (double Latitude, double Longitude) Centre(NearInput near)
    {
        var given = (near.Latitude is not null || near.Longitude is not null ? 1 : 0) + (near.Place is not null ? 1 : 0) + (near.PostalCode is not null ? 1 : 0);
        if (given != 1 || (near.Place is null && near.PostalCode is null && (near.Latitude is null || near.Longitude is null)))
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidNear, "near",
                "`near` takes exactly one centre: `latitude` and `longitude`, or `place`, or `postalCode`.");
        }

        if (near.Place is { } code)
        {
            var place = PlaceDirectory.France.FindByCodeOrId(code)
                ?? throw new InvalidArgumentError(ErrorCodes.InvalidPlace, "near.place", $"No place has the code or id '{Truncate(code)}'.");
            return (place.Latitude, place.Longitude);
        }

        if (near.PostalCode is { } postalCode)
        {
            // An arrondissement is more precise than its city, which holds all of its postal codes.
            var commune = Gazetteer.France.WithPostalCode(postalCode.Trim()).OrderByDescending(c => c.IsArrondissement).FirstOrDefault()
                ?? throw new InvalidArgumentError(ErrorCodes.InvalidPlace, "near.postalCode", $"No commune has the postal code '{Truncate(postalCode)}'.");
            return (commune.Latitude, commune.Longitude);
        }

        return (near.Latitude!.Value, near.Longitude!.Value);
    }

    private static string Truncate(string value) => value.Length <= 32 ? value : value[..32] + "…";

    public static FullTextQuery? Search(string? text) =>
        text is null ? null
        : FullTextQuery.IsTooLong(text)
            ? throw new InvalidArgumentError(ErrorCodes.SearchTooLong, "search", $"The search text is limited to {FullTextQuery.MaxLength} characters.")
            : FullTextQuery.Parse(text);
}

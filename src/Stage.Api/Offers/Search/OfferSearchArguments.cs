using GraphQL;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Reads and checks the arguments of <c>offers</c>. Every mistake is an <see cref="InvalidArgumentError"/>
/// naming the argument, raised before any database work.
/// </summary>
public static class OfferSearchArguments
{
    public static OfferSearchRequest Parse(IResolveFieldContext context, SearchOptions options, OfferCursorCodec cursors)
    {
        var near = Near(context.GetArgument<Dictionary<string, object?>?>("near"), options);
        var search = Search(context.GetArgument<string?>("search"));
        var order = OfferOrderArgument.Parse(context.GetArgument<List<object?>?>("order"), near is not null, search is not null);
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var (size, backward, cursorText, cursorArgument) = Page(context, options);

        var request = new OfferSearchRequest(where, order, near, search, new OfferPageRequest(size, backward, null))
        {
            Territory = OfferTerritory.Of(context),
        };
        _ = OfferSearchSql.Count(request); // translates the filter once, so that its mistakes surface here
        return cursorText is null
            ? request
            : request with { Page = request.Page with { Cursor = cursors.Decode(cursorText, request, cursorArgument) } };
    }

    private static (int Size, bool Backward, string? Cursor, string CursorArgument) Page(IResolveFieldContext context, SearchOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "last", "Give `first` (with `after`) or `last` (with `before`), not both.");
        }

        if (after is not null && (before is not null || last is not null))
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "after", "`after` pages forward: use it with `first`, not with `last` or `before`.");
        }

        if (before is not null && first is not null)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "before", "`before` pages backward: use it with `last`, not with `first`.");
        }

        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0 || value > options.MaxPageSize)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidPageSize, name, $"`{name}` must be between 0 and {options.MaxPageSize}.");
            }
        }

        var backward = last is not null || before is not null;
        var size = first ?? last ?? options.DefaultPageSize;
        return backward ? (size, true, before, "before") : (size, false, after, "after");
    }

    private static GeoCircle? Near(Dictionary<string, object?>? near, SearchOptions options)
    {
        if (near is null)
        {
            return null;
        }

        var latitude = Convert.ToDouble(near["latitude"], System.Globalization.CultureInfo.InvariantCulture);
        var longitude = Convert.ToDouble(near["longitude"], System.Globalization.CultureInfo.InvariantCulture);
        var radius = near.TryGetValue("radiusKm", out var r) && r is not null
            ? Convert.ToDouble(r, System.Globalization.CultureInfo.InvariantCulture)
            : options.DefaultRadiusKm;
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

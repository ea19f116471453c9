using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Filtering;
using Stage.Api.Offers.Search;

namespace Stage.Bench;

/// <summary>
/// The <see cref="OfferSearchRequest"/> the API builds from each case's arguments, through the API's own
/// pieces where it has them (default order, full-text parsing), so that the floor runs the API's SQL.
/// </summary>
public static class SearchRequests
{
    public const int PageSize = 20;
    public const double RadiusKm = 10;

    /// <summary>The API lists offers with a week to come by default: its SQL has this condition, so the floor's has it too.</summary>
    private static readonly DateOnly EndsAfter = Stage.Api.Offers.SchoolCalendar.System.LastStartedFriday;

    /// <summary>Case (a): within 10 km, filtered, default order (distance).</summary>
    public static OfferSearchRequest Radius(SearchDraw draw) => new(
        Filter(draw),
        OfferOrderArgument.Parse(null, hasNear: true, hasSearch: false),
        new GeoCircle(draw.Town.Latitude, draw.Town.Longitude, RadiusKm),
        null,
        new OfferPageRequest(PageSize, Backward: false, Cursor: null))
    {
        Columns = GraphQLQueries.PageColumns,
        EndsAfter = EndsAfter,
    };

    /// <summary>Case (w): the portal widget's search, around a town within the API's default radius, no filter, by distance.</summary>
    public static OfferSearchRequest Widget(SearchDraw draw) => new(
        null,
        OfferOrderArgument.Parse(null, hasNear: true, hasSearch: false),
        new GeoCircle(draw.Town.Latitude, draw.Town.Longitude, new SearchOptions().DefaultRadiusKm),
        null,
        new OfferPageRequest(PageSize, Backward: false, Cursor: null))
    {
        Columns = GraphQLQueries.WidgetColumns,
        EndsAfter = EndsAfter,
    };

    /// <summary>Case (b) and (d): filtered, <c>order: [{startDate: ASC}]</c>, from the start or after a cursor.</summary>
    public static OfferSearchRequest ByStartDate(SearchDraw draw, KeysetPosition? cursor = null) => new(
        Filter(draw),
        OfferOrderArgument.Parse([new([KeyValuePair.Create(OfferSortField.StartDate, (SortDirection?)SortDirection.Ascending)])], hasNear: false, hasSearch: false),
        null,
        null,
        new OfferPageRequest(PageSize, Backward: false, Cursor: cursor))
    {
        Columns = GraphQLQueries.PageColumns,
        EndsAfter = EndsAfter,
    };

    /// <summary>Case (e): full text, default order (relevance).</summary>
    public static OfferSearchRequest FullText(string text) => new(
        null,
        OfferOrderArgument.Parse(null, hasNear: false, hasSearch: true),
        null,
        FullTextQuery.Parse(text) ?? throw new ArgumentException($"'{text}' has no word.", nameof(text)),
        new OfferPageRequest(PageSize, Backward: false, Cursor: null))
    {
        Columns = GraphQLQueries.PageColumns,
        EndsAfter = EndsAfter,
    };

    /// <summary>
    /// The <c>where</c> argument read as the API reads it, from what GraphQL.NET hands the resolver: nested
    /// dictionaries holding parsed values (a <see cref="Stage.Api.Schools.Grade"/>, <see cref="DateOnly"/>s).
    /// </summary>
    public static FilterNode Filter(SearchDraw draw) => FilterArgument.Read(new Dictionary<string, object?>
    {
        [OfferFilterFields.SectorCode] = new Dictionary<string, object?> { [FilterOperators.Eq] = draw.SectorCode },
        [OfferFilterFields.Grades] = new Dictionary<string, object?>
        {
            [FilterOperators.Some] = new Dictionary<string, object?> { [FilterOperators.Eq] = draw.Grade },
        },
        [OfferFilterFields.Period] = new Dictionary<string, object?>
        {
            [PeriodFilterInputType.Overlaps] = new Dictionary<string, object?> { ["from"] = draw.From, ["to"] = draw.To },
        },
    }, OfferFilter.Fields, FilterArgument.Name);
}

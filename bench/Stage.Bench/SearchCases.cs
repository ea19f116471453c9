using Stage.Api.Offers;
using Stage.Api.Offers.Search;

namespace Stage.Bench;

/// <summary>
/// The cases: (a) radius search, (b) the same filters by start date, (c) one offer by id, (d) page 50
/// of (b), (e) full text with count and facets, (w) the portal widget's search, (p) place autocomplete. Parameters come from fixed seeds, so every run, and both
/// sides of a run, send the same requests in the same order.
/// </summary>
public static class SearchCases
{
    public const int ParameterSets = 4_096;
    /// <summary>The API reads <c>first + 1</c> rows to know whether a next page exists.</summary>
    private const int Limit = SearchRequests.PageSize + 1;

    /// <summary>
    /// A distance-ordered page reads one row more (OfferSearch.ReadNearestAsync: to see whether the group of
    /// equidistant offers at the page's edge is complete), and more only when that row ties, which the
    /// seeded coordinates (random to 10 cm) make vanishingly rare.
    /// </summary>
    public const int NearestLimit = Limit + 1;

    public static List<SearchDraw> Draws() => SearchDraws.Draw(new Random(SearchDraws.Seed), ParameterSets);

    /// <summary>Case (e)'s search texts.</summary>
    public static List<string> Words() => SearchDraws.DrawWords(new Random(SearchDraws.Seed + 5), ParameterSets);

    public static BenchCase Radius(string key, string database, long offers, IReadOnlyList<SearchDraw> draws) => new(
        key, "radius 10 km + sector + grade + period, first 20 (by distance)", database, offers,
        [.. draws.Select(GraphQLQueries.RadiusBody)],
        [.. draws.Select(d => One(OfferSearchSql.Page(SearchRequests.Radius(d), null, NearestLimit)))],
        ResultShape.UnorderedPage,
        NearestNeighbour: true);

    public static BenchCase ByStartDate(string database, long offers, IReadOnlyList<SearchDraw> draws) => new(
        "b", "same filters, no radius, order startDate ASC, first 20", database, offers,
        [.. draws.Select(d => GraphQLQueries.ByStartDateBody(d))],
        [.. draws.Select(d => One(OfferSearchSql.Page(SearchRequests.ByStartDate(d), null, Limit)))],
        ResultShape.OrderedPage);

    /// <summary>Ids of public offers (published, reserved to no school; about one in a hundred), in a seeded random order: case (c)'s parameters.</summary>
    public static async Task<List<long>> OfferIdsAsync(SqlFloor floor, CancellationToken cancellationToken)
    {
        var ids = await floor.ReadAsync(
            new OfferStatement("SELECT id FROM offers WHERE status = 'published' AND reserved_school_ids = '{}' AND id % 101 = 7 ORDER BY id", new()),
            r => r.GetInt64(0), cancellationToken);
        new Random(SearchDraws.Seed + 3).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids));
        return ids.Take(ParameterSets).ToList();
    }

    public static async Task<BenchCase> ByIdAsync(SqlFloor floor, string database, long offers, CancellationToken cancellationToken)
    {
        var ids = await OfferIdsAsync(floor, cancellationToken);
        return new BenchCase(
            "c", "offer(id:) of a published offer", database, offers,
            [.. ids.Select(GraphQLQueries.ByIdBody)],
            [.. ids.Select(id => One(OfferSearchSql.ById(id, GraphQLQueries.ByIdColumns, OfferCaller.Anonymous)))],
            ResultShape.SingleOffer);
    }

    /// <summary>Page 1 of the deep-paging filters: what page 50 of the same filters is compared with.</summary>
    public static BenchCase FirstPage(string database, long offers, IReadOnlyList<SearchDraw> filters) => new(
        "d1", $"page 1 of the same {filters.Count} filters as (d), for comparison", database, offers,
        [.. filters.Select(d => GraphQLQueries.ByStartDateBody(d))],
        [.. filters.Select(d => One(OfferSearchSql.Page(SearchRequests.ByStartDate(d), null, Limit)))],
        ResultShape.OrderedPage);

    public static BenchCase DeepPage(string database, long offers, CursorWalk walk, IReadOnlyList<byte[]> bodies, IReadOnlyList<OfferStatement> statements) => new(
        "d", $"page {walk.TargetPage} of (b) by cursor ({CursorWalk.Combinations} filters with >= {walk.MinMatches:N0} matches)",
        database, offers, bodies, [.. statements.Select(One)], ResultShape.OrderedPage);

    /// <summary>One word per request; the API reads the first page, the total and the facets in one statement.</summary>
    public static BenchCase FullText(string database, long offers)
    {
        var words = Words();
        return new BenchCase(
            "e", "search: one job word + totalCount + facets, first 20 (by relevance)", database, offers,
            [.. words.Select(GraphQLQueries.FullTextBody)],
            [.. words.Select(SearchRequests.FullText).Select(r => One(OfferSearchSql.PageAndFacets(r, Limit)))],
            ResultShape.OrderedPage);
    }

    /// <summary>
    /// The portal widget's search (embed/): 60 km around a town, its page, total and facets; the floor runs the page's
    /// statement and the facets' (which give the total) at once, as the API's SQL path does.
    /// </summary>
    public static BenchCase Widget(string database, long offers, IReadOnlyList<SearchDraw> draws) => new(
        "w", "the portal widget: 60 km around a town, no filter, totalCount + facets, first 20 (by distance)", database, offers,
        [.. draws.Select(GraphQLQueries.WidgetBody)],
        [.. draws.Select(SearchRequests.Widget).Select(r => (IReadOnlyList<OfferStatement>)[OfferSearchSql.Page(r, null, NearestLimit), OfferSearchSql.Facets(r)])],
        ResultShape.UnorderedPage,
        NearestNeighbour: true);

    /// <summary>What people type to find a town; the API answers from memory: no SQL, no floor.</summary>
    public static BenchCase Places(string database, long offers)
    {
        var texts = SearchDraws.DrawPlaceTexts(new Random(SearchDraws.Seed + 6), ParameterSets);
        return new BenchCase(
            "p", "places(search:) autocomplete: a town's first letters or postal code digits, first 10", database, offers,
            [.. texts.Select(GraphQLQueries.PlacesBody)], [], ResultShape.Places);
    }

    private static IReadOnlyList<OfferStatement> One(OfferStatement statement) => [statement];
}

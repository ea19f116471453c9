using Stage.Api.Kit.Paging;
using System.Globalization;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Writes the SQL of an offer search: the page, the total count and the facets share one WHERE clause
/// (visibility, the client's filter, a pupil's view, the radius, the full-text match); only the page adds the
/// keyset condition, the order and the limit.
/// </summary>
public static class OfferSearchSql
{
    /// <summary>ST_DWithin is only the index's coarse test; the exact test is on the KNN distance itself.</summary>
    private const double IndexSlackMetres = 0.001;

    /// <summary>True when the page can be read in distance order straight from the GiST index (KNN).</summary>
    public static bool UsesNearestNeighbourScan(OfferSearchRequest request) =>
        request.Near is not null && !request.Page.Backward
        && request.Order[0] is { Field: OfferSortField.Distance, Direction: SortDirection.Ascending };

    public static OfferStatement Page(OfferSearchRequest request, KeysetPosition? cursor, int limit)
    {
        var context = request.Conditions;
        var parameters = context.Parameters.Copy();
        var page = new PageShape(request);
        var where = context.Condition;
        if (cursor is not null)
        {
            where += " AND " + context.Sort.After(page.Keys, page.IdDirection, cursor, parameters);
        }

        var orderBy = UsesNearestNeighbourScan(request) ? context.Sort.Expression(OfferSortField.Distance) : page.OrderBy((k, _) => context.Sort.Expression(k.Field), "o.id");
        var sql = $"SELECT {page.Select}{page.OuterSortColumns} FROM (" +
                  $"SELECT o.id{page.SortColumns} FROM {context.From} WHERE {where} ORDER BY {orderBy} LIMIT {Number(limit)}" +
                  $") AS p{page.Rows} ORDER BY {page.OuterOrderBy}";
        return new OfferStatement(sql, parameters);
    }

    /// <summary>
    /// Whether the first page and the facets are read in one pass (<see cref="PageAndFacets"/>): when the page has to
    /// rank every match anyway (relevance first), so that a second scan for the facets would read every match again.
    /// </summary>
    public static bool ReadsPageWithFacets(OfferSearchRequest request) =>
        request.Search is not null && request.Page is { Cursor: null, Backward: false }
        && request.Order[0].Field == OfferSortField.Relevance;

    /// <summary>
    /// The first page, the total and the facets in one statement: the matches are read once (their id, sort keys and
    /// facet columns), the page is their first rows in order, and only the page's rows are read in full. The facet
    /// rows follow the page's rows, which have no facet (see <see cref="FacetOrdinal"/>).
    /// </summary>
    public static OfferStatement PageAndFacets(OfferSearchRequest request, int limit)
    {
        var context = request.Conditions;
        var page = new PageShape(request);
        // A parenthesised table reference must be a join: the page alone (ids only) is written without the parentheses.
        var pageRows = $"(SELECT * FROM matched AS m ORDER BY {page.OrderByColumns("m")} LIMIT {Number(limit)}) AS p{page.Rows}";
        var sql = $"""
            WITH matched AS MATERIALIZED (
                SELECT o.id{page.SortColumns}, o.sector_id, o.department_code, o.grades FROM {context.From} WHERE {context.Condition}),
            facets AS ({FacetCounts("matched")})
            SELECT {page.Select}{page.OuterSortColumns}, f.facet, f.value, f.count
            FROM facets AS f FULL JOIN {(page.Rows.Length == 0 ? pageRows : $"({pageRows})")} ON false
            ORDER BY f.facet NULLS FIRST, {page.OuterOrderBy}
            """;
        return new OfferStatement(sql, context.Parameters);
    }

    /// <summary>The ordinal of the facet number in the rows of <see cref="PageAndFacets"/>; null on the page's rows.</summary>
    public static int FacetOrdinal(OfferSearchRequest request) =>
        request.Columns.Count + request.Order.Count + (ReadsExtraDistance(request) ? 1 : 0);

    /// <summary>The ordinal of the distance in a page's rows, when the search has a centre and the distance is read.</summary>
    public static int? DistanceOrdinal(OfferSearchRequest request)
    {
        if (request.Near is null)
        {
            return null;
        }

        var key = request.Order.ToList().FindIndex(k => k.Field == OfferSortField.Distance);
        return key >= 0 ? request.Columns.Count + key
            : ReadsExtraDistance(request) ? request.Columns.Count + request.Order.Count
            : null;
    }

    /// <summary>True when the page's rows carry the distance after the sort keys: asked for, and not a sort key.</summary>
    private static bool ReadsExtraDistance(OfferSearchRequest request) =>
        request.Near is not null && request.Columns.ReadsDistance && !request.Order.Any(k => k.Field == OfferSortField.Distance);

    /// <summary>
    /// One public offer (published, or waiting for an update) by id, if the visibility rule lets <paramref name="caller"/>
    /// see it, with the columns of <paramref name="columns"/>.
    /// </summary>
    public static OfferStatement ById(long id, OfferColumns columns, OfferCaller caller)
    {
        var parameters = new SqlParameters();
        var condition = $"o.id = {parameters.Add(id)} AND o.status IN ('published', 'need_to_be_updated')";
        if (OfferVisibility.Sql(caller, parameters) is { } visible)
        {
            condition += " AND " + visible;
        }

        return new OfferStatement($"SELECT {columns.Select} FROM {Rows(columns)} WHERE {condition}", parameters);
    }

    /// <summary>The rows of offers a search found elsewhere (the full-text index in memory), with the columns of <paramref name="columns"/>, in no order.</summary>
    public static OfferStatement ByIds(long[] ids, OfferColumns columns)
    {
        var parameters = new SqlParameters();
        return new OfferStatement($"SELECT {columns.Select} FROM {Rows(columns)} WHERE o.id = ANY({parameters.Add(ids)})", parameters);
    }

    private static string Rows(OfferColumns columns) => columns.ReadsEmployer ? "offers o JOIN employers e ON e.id = o.employer_id" : "offers o";

    public static OfferStatement Count(OfferSearchRequest request)
    {
        var context = request.Conditions;
        return new OfferStatement($"SELECT count(*) FROM {context.From} WHERE {context.Condition}", context.Parameters);
    }

    /// <summary>The total and the counts per sector, département and grade of everything the search matches, in one statement.</summary>
    public static OfferStatement Facets(OfferSearchRequest request)
    {
        var context = request.Conditions;
        var matched = $"(SELECT o.sector_id, o.department_code, o.grades FROM {context.From} WHERE {context.Condition}) AS matched";
        return new OfferStatement(FacetCounts(matched), context.Parameters);
    }

    /// <summary>
    /// The counts of the rows of <paramref name="source"/> in one pass (grouping sets): per sector (facet 0), département
    /// (1, NULL abroad), set of grades (2: an offer open to 4e and 3e counts once for {quatrieme,troisieme}, and the
    /// reader adds it to each grade) and in all (3).
    /// </summary>
    private static string FacetCounts(string source) => $"""
        SELECT CASE GROUPING(sector_id, department_code, grades) WHEN 3 THEN 0 WHEN 5 THEN 1 WHEN 6 THEN 2 ELSE 3 END AS facet,
               coalesce(sector_id::text, department_code, grades::text) AS value, count(*) AS count
        FROM {source}
        GROUP BY GROUPING SETS ((sector_id), (department_code), (grades), ())
        """;

    /// <summary>
    /// Translates what every statement of a search shares (visibility, the client's filter, territory, radius,
    /// full-text match) once per request; its parameters come first, so each statement copies them and adds its own.
    /// With <paramref name="availableOnly"/> false the offer's availability (published, seats left) is left out: the
    /// live feed of new offers asks only whether an offer that its event says became available matches the rest, on
    /// rows of its own (<c>offers o</c> joined to the search table as <c>s</c>), so the condition never reads the search
    /// table in place of the offers.
    /// </summary>
    public static OfferConditions Conditions(OfferSearchRequest request, bool availableOnly = true)
    {
        var parameters = new SqlParameters();
        string? centre = null;
        var conditions = availableOnly ? new List<string> { "o.status = 'published'" } : [];

        if (request.Where is { } where)
        {
            conditions.Add(FilterArgument.Sql(where, parameters));
        }

        if (OfferVisibility.Sql(request.Caller, parameters) is { } visible)
        {
            conditions.Add(visible);
        }

        if (request.Pupil is { } pupil)
        {
            conditions.AddRange(pupil.Conditions(parameters));
        }

        if (request.EndsAfter is { } endsAfter)
        {
            conditions.Add($"o.last_date > {parameters.Add(endsAfter)}");
        }

        if (request.Territory is { } territory)
        {
            conditions.Add($"(o.region_code = ANY({parameters.Add(territory.RegionCodes)}) OR o.department_code = ANY({parameters.Add(territory.DepartmentCodes)}))");
        }

        if (availableOnly && request.Where?.Mentions(OfferFilter.RemainingSeats) != true)
        {
            conditions.Add("o.remaining_seats > 0");
        }

        if (request.Near is { } near)
        {
            centre = $"ST_SetSRID(ST_MakePoint({parameters.Add(near.Longitude)}, {parameters.Add(near.Latitude)}), 4326)::geography";
            var radius = near.RadiusKm * 1000;
            conditions.Add($"ST_DWithin(o.location, {centre}, {parameters.Add(radius + IndexSlackMetres)}, false)");
            conditions.Add($"(o.location <-> {centre}) <= {parameters.Add(radius)}");
        }

        // A full-text search reads the narrow search table (OfferSearchTable), alone when it holds every column the search
        // needs (then aliased as the offers are), else joined to the offers; `text` is the alias holding the vector.
        var (from, text) = request.Search is null ? ("offers o", "o")
            : availableOnly && OfferSearchTable.Answers(request) ? ($"{OfferSearchTable.Name} o", "o")
            : ($"offers o JOIN {OfferSearchTable.Name} s ON s.id = o.id", "s");
        string? rank = null;
        if (request.Search is { } search)
        {
            // The document holds French stems (weighted by where they stand) and the words as written ('simple', weight
            // D): the last word must start one of the latter; its stems also count for the rank, so a title ranks first.
            var last = parameters.Add(search.LastWord);
            var written = $"to_tsquery('simple', stage_unaccent({last}))";
            var (tsQuery, rankQuery) = (written, $"(to_tsquery('french', stage_unaccent({last})) || {written})");
            if (search.CompleteWords is not null)
            {
                var complete = $"to_tsquery('french', stage_unaccent({parameters.Add(search.CompleteWords)}))";
                (tsQuery, rankQuery) = ($"({complete} && {tsQuery})", $"({complete} && {rankQuery})");
            }

            conditions.Add($"{text}.search_vector @@ {tsQuery}");
            // A scalar subquery is computed once per statement. Inline, the query would be computed again for every row
            // under a generic plan (the parameter unknown when planning), which prepared statements switch to.
            rank = $"ts_rank({text}.search_vector, (SELECT {rankQuery}))";
        }

        if (request.Where is { } filter && OfferFilter.ReadsEmployer(filter))
        {
            from += " JOIN employers e ON e.id = o.employer_id";
        }

        return new OfferConditions(from, conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions), new OfferSortSql(centre, rank), parameters);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// What a page's statements share: its keys in reading order (inverted for a backward page), each computed once in
    /// the inner query (<c>k0</c>, <c>k1</c>...; the distance too when asked for and not a key), the order on them, and
    /// the deferred join reading the page's rows (only the columns the selection needs).
    /// </summary>
    private sealed class PageShape
    {
        public PageShape(OfferSearchRequest request)
        {
            var context = request.Conditions;
            var backward = request.Page.Backward;
            Keys = backward ? [.. request.Order.Select(k => k with { Direction = Invert(k.Direction) })] : [.. request.Order];
            IdDirection = backward ? SortDirection.Descending : SortDirection.Ascending;
            SortColumns = string.Concat(Keys.Select((k, i) => $", {context.Sort.Expression(k.Field)} AS k{i}"));
            OuterSortColumns = string.Concat(Keys.Select((_, i) => $", p.k{i}"));
            if (ReadsExtraDistance(request))
            {
                SortColumns += $", {context.Sort.Expression(OfferSortField.Distance)} AS distance_m";
                OuterSortColumns += ", p.distance_m";
            }

            OuterOrderBy = OrderByColumns("p");
            var columns = request.Columns;
            Select = columns.ReadsIdOnly ? "p.id" : columns.Select;
            Rows = columns.ReadsIdOnly ? "" : " JOIN offers o ON o.id = p.id" + (columns.ReadsEmployer ? " JOIN employers e ON e.id = o.employer_id" : "");
        }

        public List<OfferSortKey> Keys { get; }

        public SortDirection IdDirection { get; }

        public string SortColumns { get; }

        public string OuterSortColumns { get; }

        public string OuterOrderBy { get; }

        public string Select { get; }

        public string Rows { get; }

        /// <summary>The order on every key then the id, the key of index i written by <paramref name="expression"/>.</summary>
        public string OrderBy(Func<OfferSortKey, int, string> expression, string id) =>
            string.Join(", ", Keys.Select((k, i) => $"{expression(k, i)} {Sql(k.Direction)}")) + $", {id} {Sql(IdDirection)}";

        /// <summary>The order on the keys computed in the inner query, as columns of <paramref name="alias"/>.</summary>
        public string OrderByColumns(string alias) => OrderBy((_, i) => $"{alias}.k{i}", $"{alias}.id");

        private static SortDirection Invert(SortDirection direction) =>
            direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending;

        private static string Sql(SortDirection direction) => direction == SortDirection.Ascending ? "ASC" : "DESC";
    }
}

/// <summary>The shared part of a search's statements: the tables, the condition, the sort expressions and their parameters.</summary>
public sealed record OfferConditions(string From, string Condition, OfferSortSql Sort, SqlParameters Parameters);

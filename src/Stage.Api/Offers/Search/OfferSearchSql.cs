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
        var keys = request.Page.Backward
            ? request.Order.Select(k => k with { Direction = Invert(k.Direction) }).ToList()
            : request.Order.ToList();
        var idDirection = request.Page.Backward ? SortDirection.Descending : SortDirection.Ascending;

        var where = context.Condition;
        if (cursor is not null)
        {
            where += " AND " + context.Sort.After(keys, idDirection, cursor, parameters);
        }

        var sortColumns = string.Concat(keys.Select((k, i) => $", {context.Sort.Expression(k.Field)} AS k{i}"));
        var outerSortColumns = string.Concat(keys.Select((_, i) => $", p.k{i}"));
        if (request.Near is not null && request.Columns.ReadsDistance && !keys.Any(k => k.Field == OfferSortField.Distance))
        {
            sortColumns += $", {context.Sort.Expression(OfferSortField.Distance)} AS distance_m";
            outerSortColumns += ", p.distance_m";
        }

        var (orderBy, outerOrderBy) = UsesNearestNeighbourScan(request)
            ? (context.Sort.Expression(OfferSortField.Distance), "p.k0")
            : (string.Join(", ", keys.Select(k => $"{context.Sort.Expression(k.Field)} {Sql(k.Direction)}")) + $", o.id {Sql(idDirection)}",
               string.Join(", ", keys.Select((k, i) => $"p.k{i} {Sql(k.Direction)}")) + $", p.id {Sql(idDirection)}");

        // Deferred join: the page is chosen on narrow rows (id and sort keys), then only its rows are read, and only the
        // columns the selection needs; each sort key (the distance among them) is computed once, in the inner query.
        var columns = request.Columns;
        var rows = columns.ReadsIdOnly ? "" : " JOIN offers o ON o.id = p.id" + (columns.ReadsEmployer ? " JOIN employers e ON e.id = o.employer_id" : "");
        var sql = $"SELECT {(columns.ReadsIdOnly ? "p.id" : columns.Select)}{outerSortColumns} FROM (" +
                  $"SELECT o.id{sortColumns} FROM {context.From} WHERE {where} ORDER BY {orderBy} LIMIT {limit.ToString(CultureInfo.InvariantCulture)}" +
                  $") AS p{rows} ORDER BY {outerOrderBy}";
        return new OfferStatement(sql, parameters);
    }

    /// <summary>The ordinal of the distance in a page's rows, when the search has a centre and the distance is read.</summary>
    public static int? DistanceOrdinal(OfferSearchRequest request)
    {
        if (request.Near is null)
        {
            return null;
        }

        var key = request.Order.ToList().FindIndex(k => k.Field == OfferSortField.Distance);
        return key >= 0 ? request.Columns.Count + key
            : request.Columns.ReadsDistance ? request.Columns.Count + request.Order.Count
            : null;
    }

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

        var from = columns.ReadsEmployer ? "offers o JOIN employers e ON e.id = o.employer_id" : "offers o";
        return new OfferStatement($"SELECT {columns.Select} FROM {from} WHERE {condition}", parameters);
    }

    public static OfferStatement Count(OfferSearchRequest request)
    {
        var context = request.Conditions;
        return new OfferStatement($"SELECT count(*) FROM {context.From} WHERE {context.Condition}", context.Parameters);
    }

    /// <summary>The total and the counts per sector, département and grade of everything the search matches, in one statement.</summary>
    public static OfferStatement Facets(OfferSearchRequest request)
    {
        var context = request.Conditions;
        var sql = $"""
            WITH matched AS MATERIALIZED (
                SELECT o.sector_id, o.department_code, o.grades FROM {context.From} WHERE {context.Condition})
            SELECT 0, sector_id::text, count(*) FROM matched GROUP BY sector_id
            UNION ALL
            SELECT 1, department_code, count(*) FROM matched WHERE department_code IS NOT NULL GROUP BY department_code
            UNION ALL
            SELECT 2, grade::text, count(*) FROM matched, unnest(matched.grades) AS grade GROUP BY grade
            UNION ALL
            SELECT 3, NULL, count(*) FROM matched
            """;
        return new OfferStatement(sql, context.Parameters);
    }

    /// <summary>
    /// Translates what every statement of a search shares (visibility, the client's filter, territory, radius,
    /// full-text match) once per request; its parameters come first, so each statement copies them and adds its own.
    /// With <paramref name="availableOnly"/> false the offer's availability (published, seats left) is left out: the
    /// live feed of new offers asks only whether an offer that its event says became available matches the rest.
    /// </summary>
    public static OfferConditions Conditions(OfferSearchRequest request, bool availableOnly = true)
    {
        var parameters = new SqlParameters();
        string? centre = null;
        string? tsQuery = null;
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

        string? rankQuery = null;
        if (request.Search is { } search)
        {
            // The document holds French stems (weighted by where they stand) and the words as written ('simple', weight
            // D): the last word must start one of the latter; its stems also count for the rank, so a title ranks first.
            var last = parameters.Add(search.LastWord);
            var written = $"to_tsquery('simple', stage_unaccent({last}))";
            (tsQuery, rankQuery) = (written, $"(to_tsquery('french', stage_unaccent({last})) || {written})");
            if (search.CompleteWords is not null)
            {
                var complete = $"to_tsquery('french', stage_unaccent({parameters.Add(search.CompleteWords)}))";
                (tsQuery, rankQuery) = ($"({complete} && {tsQuery})", $"({complete} && {rankQuery})");
            }

            conditions.Add($"o.search_vector @@ {tsQuery}");
        }

        var from = request.Where is { } filter && OfferFilter.ReadsEmployer(filter) ? "offers o JOIN employers e ON e.id = o.employer_id" : "offers o";
        return new OfferConditions(from, conditions.Count == 0 ? "TRUE" : string.Join(" AND ", conditions), new OfferSortSql(centre, rankQuery), parameters);
    }

    private static SortDirection Invert(SortDirection direction) =>
        direction == SortDirection.Ascending ? SortDirection.Descending : SortDirection.Ascending;

    private static string Sql(SortDirection direction) => direction == SortDirection.Ascending ? "ASC" : "DESC";
}

/// <summary>The shared part of a search's statements: the tables, the condition, the sort expressions and their parameters.</summary>
public sealed record OfferConditions(string From, string Condition, OfferSortSql Sort, SqlParameters Parameters);

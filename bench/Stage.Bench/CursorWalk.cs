using Stage.Api.Kit.Paging;
using System.Text.Json;
using Stage.Api.Offers.Search;

namespace Stage.Bench;

/// <summary>
/// Case (d), deep paging: page 50 of case (b) at 1,000,000 offers (an earlier page on a smaller database,
/// down to page 2). Before any timing, a fixed set of filters with enough matches is chosen, and the pages
/// before are walked with cursors, once through the API (its cursors are signed by the running process) and
/// once through SQL (the cursor is the sort value and id of the previous page's last row), so that only the
/// target page is timed.
/// </summary>
public sealed class CursorWalk(int targetPage)
{
    public const int Combinations = 30;
    private const int MaxDraws = 3_000;

    public int TargetPage => targetPage;

    public long MinMatches => targetPage * SearchRequests.PageSize;

    /// <summary>Page 50 from 1,000,000 offers, one page less per 20,000 fewer.</summary>
    public static CursorWalk For(long offers) => new(int.Clamp((int)(offers / 20_000), 2, 50));

    /// <summary>Draws filters of case (b) until <see cref="Combinations"/> of them match enough offers.</summary>
    public async Task<List<SearchDraw>> ChooseAsync(SqlFloor floor, Random random, CancellationToken cancellationToken)
    {
        var chosen = new List<SearchDraw>();
        for (var i = 0; i < MaxDraws && chosen.Count < Combinations; i++)
        {
            var draw = SearchDraws.Next(random);
            var count = await floor.ReadAsync(OfferSearchSql.Count(SearchRequests.ByStartDate(draw)), r => r.GetInt64(0), cancellationToken);
            if (count[0] >= MinMatches)
            {
                chosen.Add(draw);
            }
        }

        return chosen.Count == Combinations
            ? chosen
            : throw new InvalidOperationException($"Only {chosen.Count} filters out of {MaxDraws} match {MinMatches} offers.");
    }

    /// <summary>The page-50 statement of a filter, its cursor read from page 49 through SQL.</summary>
    public async Task<OfferStatement> SqlPageAsync(SqlFloor floor, SearchDraw draw, CancellationToken cancellationToken)
    {
        KeysetPosition? cursor = null;
        for (var page = 1; page < targetPage; page++)
        {
            var request = SearchRequests.ByStartDate(draw, cursor);
            var rows = await floor.ReadAsync(
                OfferSearchSql.Page(request, cursor, SearchRequests.PageSize + 1),
                r => new KeysetPosition([r.GetFieldValue<DateOnly>(request.Columns.Count)], r.GetInt64(0)),
                cancellationToken);
            if (rows.Count <= SearchRequests.PageSize)
            {
                throw new InvalidOperationException($"SQL: page {page} of {draw} is the last one.");
            }

            cursor = rows[SearchRequests.PageSize - 1];
        }

        return OfferSearchSql.Page(SearchRequests.ByStartDate(draw, cursor), cursor, SearchRequests.PageSize + 1);
    }

    /// <summary>
    /// The page-50 request body of a filter, its cursor the server's <c>endCursor</c> of page 49; <paramref name="body"/>
    /// writes a page's request after a cursor, Stage's (<see cref="GraphQLQueries.ByStartDateBody"/>) unless given (the peer's).
    /// </summary>
    public async Task<byte[]> ApiBodyAsync(
        GraphQLHttp http, SearchDraw draw, CancellationToken cancellationToken, Func<SearchDraw, string?, byte[]>? body = null)
    {
        body ??= GraphQLQueries.ByStartDateBody;
        string? after = null;
        for (var page = 1; page < targetPage; page++)
        {
            var data = await http.QueryAsync(body(draw, after), cancellationToken);
            var pageInfo = data.GetProperty("offers").GetProperty("pageInfo");
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean() || pageInfo.GetProperty("endCursor").ValueKind != JsonValueKind.String)
            {
                throw new InvalidOperationException($"{http.Endpoint}: page {page} of {draw} is the last one.");
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        return body(draw, after);
    }
}

using Npgsql;
using Stage.Api.Kit.Paging;
using Stage.Api.Offers.Search.Memory;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Runs offer searches against PostgreSQL: one statement for a page, one for the count, one for the facets, or one for
/// the first page and the facets together when the page ranks every match anyway. The commonest full-text and radius
/// searches are answered from the index in memory when it is loaded (<see cref="OfferIndexSearch"/>), only the page's rows
/// read here.
/// </summary>
public sealed class OfferSearch(NpgsqlDataSource dataSource, NearestNeighbourDataSource nearestNeighbour, OfferIndexSearch indexSearch)
{
    /// <summary>How far the nearest-neighbour read may grow to close a group of equidistant offers.</summary>
    private const int MaxNearestLimit = 100_000;

    public async Task<ConnectionPage<OfferHit>> PageAsync(OfferSearchRequest request, CancellationToken cancellationToken)
    {
        var size = request.Page.Size;
        if (await FromTextIndexAsync(request, size, facets: false, cancellationToken) is { } fromIndex)
        {
            return fromIndex.Page;
        }

        if (await indexSearch.PageAsync(request, size + 1, request.Columns, cancellationToken) is { } found
            && PageFromIndex(request, found.Hits, found.Rows ?? await ReadOffersAsync(found.Hits, request.Columns, cancellationToken), size) is { } foundPage)
        {
            return foundPage;
        }

        var cursor = request.Page.Cursor;
        var hits = OfferSearchSql.UsesNearestNeighbourScan(request)
            ? await ReadNearestAsync(request, cursor, size + 1, cancellationToken)
            : await ReadAsync(request, OfferSearchSql.Page(request, cursor, size + 1), cancellationToken);

        var hasMore = hits.Count > size;
        var page = hits.Take(size).ToList();
        if (request.Page.Backward)
        {
            page.Reverse();
            return new ConnectionPage<OfferHit>(page, HasNextPage: cursor is not null, HasPreviousPage: hasMore);
        }

        return new ConnectionPage<OfferHit>(page, HasNextPage: hasMore, HasPreviousPage: cursor is not null);
    }

    /// <summary>
    /// The request with the pupil's grade from their school record filled in when the pupil's view keeps to their own
    /// grade (null when the pupil is unknown); the request itself otherwise.
    /// </summary>
    public async Task<OfferSearchRequest> WithPupilGradeAsync(OfferSearchRequest request, CancellationToken cancellationToken)
    {
        if (request.Pupil is not { OwnGradeOnly: true } pupil)
        {
            return request;
        }

        await using var command = dataSource.CreateCommand("SELECT grade FROM pupils WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = pupil.PupilId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Grade? grade = await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<Grade>(0) : null;
        return request with { Pupil = pupil with { Grade = grade } };
    }

    /// <summary>One public offer the caller may see, with the columns asked for; null when there is none.</summary>
    public async Task<Offer?> ByIdAsync(long id, OfferColumns columns, OfferCaller caller, CancellationToken cancellationToken)
    {
        if (await indexSearch.ByIdAsync(id, columns, caller, cancellationToken) is (true, var held))
        {
            return held;
        }

        await using var command = Command(OfferSearchSql.ById(id, columns, caller));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? columns.Read(reader) : null;
    }

    public async Task<long> CountAsync(OfferSearchRequest request, CancellationToken cancellationToken)
    {
        if (await indexSearch.CountAsync(request, facets: false, cancellationToken) is { } matches)
        {
            return matches.Total;
        }

        await using var command = Command(OfferSearchSql.Count(request));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<OfferFacets> FacetsAsync(OfferSearchRequest request, CancellationToken cancellationToken)
    {
        if (await indexSearch.CountAsync(request, facets: true, cancellationToken) is { Facets: { } counted })
        {
            return counted;
        }

        var facets = new OfferFacetRows();
        await using var command = Command(OfferSearchSql.Facets(request));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facets.Add(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2));
        }

        return facets.ToFacets();
    }

    /// <summary>The first page and the facets from one pass over the matches (<see cref="OfferSearchSql.PageAndFacets"/>).</summary>
    public async Task<(ConnectionPage<OfferHit> Page, OfferFacets Facets)> PageAndFacetsAsync(OfferSearchRequest request, CancellationToken cancellationToken)
    {
        var size = request.Page.Size;
        if (await FromTextIndexAsync(request, size, facets: true, cancellationToken) is { Facets: { } counted } fromIndex)
        {
            return (fromIndex.Page, counted);
        }

        var hits = new List<OfferHit>();
        var facets = new OfferFacetRows();
        var facet = OfferSearchSql.FacetOrdinal(request);
        await using var command = Command(OfferSearchSql.PageAndFacets(request, size + 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(facet))
            {
                hits.Add(ReadHit(reader, request));
            }
            else
            {
                facets.Add(reader.GetInt32(facet), reader.IsDBNull(facet + 1) ? null : reader.GetString(facet + 1), reader.GetInt64(facet + 2));
            }
        }

        var page = new ConnectionPage<OfferHit>(hits.Count > size ? hits.GetRange(0, size) : hits, HasNextPage: hits.Count > size, HasPreviousPage: false);
        return (page, facets.ToFacets());
    }

    /// <summary>
    /// A page forward (and the facets when asked for) from the full-text index in memory, the page's rows read by id; null
    /// when the index cannot answer, or when an offer of its page has just been deleted (PostgreSQL answers then).
    /// </summary>
    private async Task<(ConnectionPage<OfferHit> Page, OfferFacets? Facets)?> FromTextIndexAsync(
        OfferSearchRequest request, int size, bool facets, CancellationToken cancellationToken)
    {
        if (await indexSearch.SearchAsync(request, size + 1, facets, cancellationToken) is not { } matches)
        {
            return null;
        }

        var rows = matches.Rows ?? await ReadOffersAsync(matches.Page, request.Columns, cancellationToken);
        return PageFromIndex(request, matches.Page, rows, size) is { } page ? (page, matches.Facets) : null;
    }

    /// <summary>The rows of the index's offers, by id, with the columns asked for (in no set order; a deleted offer is missing).</summary>
    private async Task<List<Offer>> ReadOffersAsync(IReadOnlyList<OfferIndexHit> found, OfferColumns columns, CancellationToken cancellationToken)
    {
        var rows = new List<Offer>(found.Count);
        if (found.Count > 0)
        {
            await using var command = Command(OfferSearchSql.ByIds([.. found.Select(m => m.OfferId)], columns));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(columns.Read(reader));
            }
        }

        return rows;
    }

    /// <summary>
    /// The page of the index's first offers (one more than <paramref name="size"/> when there is a next page) with their
    /// rows; null when one of them has just been deleted (PostgreSQL answers then). Each offer's sort value is its key as
    /// the order has it: a rank (a float4), a distance (and its <c>distanceKm</c>), a start date.
    /// </summary>
    private static ConnectionPage<OfferHit>? PageFromIndex(OfferSearchRequest request, IReadOnlyList<OfferIndexHit> found, List<Offer> rows, int size)
    {
        if (rows.Count != found.Count)
        {
            return null;
        }

        var offers = rows.ToDictionary(offer => offer.Id);
        var field = request.Order[0].Field;
        var hits = found.Take(size).Select(m =>
        {
            var offer = offers[m.OfferId];
            if (field == OfferSortField.Distance)
            {
                offer.DistanceKm = m.Key / 1000;
            }

            object value = field switch
            {
                OfferSortField.Distance => m.Key,
                OfferSortField.StartDate => DateOnly.FromDayNumber((int)m.Key),
                _ => (float)m.Key,
            };
            return new OfferHit(offer, [value]);
        }).ToList();
        return new ConnectionPage<OfferHit>(hits, HasNextPage: found.Count > size, HasPreviousPage: request.Page.Cursor is not null);
    }

    /// <summary>
    /// Reads in distance order from the GiST index. The index orders by distance alone, so offers at the
    /// same distance come in no set order: the read grows until the group of equidistant offers at the
    /// page's edge is complete, then the page is ordered by all keys and id in memory.
    /// </summary>
    private async Task<List<OfferHit>> ReadNearestAsync(OfferSearchRequest request, KeysetPosition? cursor, int take, CancellationToken cancellationToken)
    {
        // One row beyond the page tells whether the group at the page's edge is complete.
        var limit = take + 1;
        List<OfferHit> hits;
        while (true)
        {
            hits = await ReadAsync(request, OfferSearchSql.Page(request, cursor, limit), cancellationToken, nearestNeighbour.DataSource);
            if (hits.Count < limit || Distance(hits[limit - 1]) > Distance(hits[take - 1]) || limit >= MaxNearestLimit)
            {
                break;
            }

            limit = Math.Min(limit * 4, MaxNearestLimit);
        }

        hits.Sort(new OfferHitOrder(request.Order));
        return hits.Count > take ? hits.GetRange(0, take) : hits;
    }

    private static double Distance(OfferHit hit) => (double)hit.SortValues[0];

    private async Task<List<OfferHit>> ReadAsync(
        OfferSearchRequest request, OfferStatement statement, CancellationToken cancellationToken, NpgsqlDataSource? source = null)
    {
        var hits = new List<OfferHit>();
        await using var command = Command(statement, source);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(ReadHit(reader, request));
        }

        return hits;
    }

    /// <summary>A page's row: the offer's columns, then the values of the sort keys, then the distance when read apart.</summary>
    private static OfferHit ReadHit(NpgsqlDataReader reader, OfferSearchRequest request)
    {
        var columns = request.Columns;
        var offer = columns.Read(reader);
        var values = new object[request.Order.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadSortValue(reader, columns.Count + i, request.Order[i].Field);
        }

        if (OfferSearchSql.DistanceOrdinal(request) is { } distance)
        {
            offer.DistanceKm = reader.GetDouble(distance) / 1000;
        }

        return new OfferHit(offer, values);
    }

    private static object ReadSortValue(NpgsqlDataReader reader, int ordinal, OfferSortField field) => field switch
    {
        OfferSortField.Title => reader.GetString(ordinal),
        OfferSortField.StartDate => reader.GetFieldValue<DateOnly>(ordinal),
        OfferSortField.CreatedAt => reader.GetFieldValue<DateTimeOffset>(ordinal),
        OfferSortField.RemainingSeats => reader.GetInt32(ordinal),
        OfferSortField.Distance => reader.GetDouble(ordinal),
        OfferSortField.Relevance => reader.GetFloat(ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private NpgsqlCommand Command(OfferStatement statement, NpgsqlDataSource? source = null)
    {
        var command = (source ?? dataSource).CreateCommand(statement.Sql);
        statement.Parameters.CopyTo(command);
        return command;
    }
}

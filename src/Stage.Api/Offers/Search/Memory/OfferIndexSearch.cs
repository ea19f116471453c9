using System.Data;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search.Memory;

/// <summary>
/// Answers the commonest searches from memory (see docs/DECISIONS.md, "The search index in memory"), by anyone (the
/// visibility rule, an API key's territory and a pupil's own grade applied as in SQL; not a pupil's "hide applied"), with
/// the filters <see cref="OfferIndexWhere"/> applies: one word, relevance first, any page forward, with its total and
/// facets (<see cref="SearchAsync"/>); without words, a radius nearest first or a start date order, any page forward
/// (<see cref="PageAsync"/>), and the total and facets of a search without words, within a radius or not
/// (<see cref="CountAsync"/>); and <c>offer(id)</c> (<see cref="ByIdAsync"/>). It gives the same offers, ranks, distances,
/// order and counts as the SQL path, as fresh: each search waits for a read of the changes logged in
/// <c>offer_search_changes</c> since this instance's watermark that starts after it came (<see cref="FreshAsync"/>, one
/// read for every search waiting; a word's search reads the log itself with its two tsqueries, a page lacking a field
/// with its rows), and the changed offers are read again and applied. A page whose fields the index holds (title, city,
/// employer's name, dates, seats...) is shown from memory too, without reading its rows. Until the index is loaded (in
/// the background at start, again after a truncate or a bulk change), and for every other search, these answer null and
/// the SQL path runs.
/// </summary>
public sealed class OfferIndexSearch(NpgsqlDataSource dataSource, IOptions<SearchOptions> options, ILogger<OfferIndexSearch> logger)
    : BackgroundService
{
    /// <summary>The source of the traces of the log's shared reads (<see cref="FreshAsync"/>).</summary>
    public const string ActivitySourceName = "Stage.Search";

    private static readonly ActivitySource Activities = new(ActivitySourceName);

    /// <summary>What the index reads of an offer, in <see cref="ReadRow"/>'s order, from <see cref="Tables"/>.</summary>
    private const string Columns =
        "s.id, s.status, s.reserved_school_ids, s.employer_id, s.operator_id, s.first_date, s.last_date, s.remaining_seats, " +
        "s.sector_id, s.department_code, s.region_code, s.grades::text, s.search_vector::text, o.latitude, o.longitude, o.title, o.city, e.name, o.postal_code";

    /// <summary>
    /// The search table, and the offers for their point (the generated <c>location</c> is made of these two) and what a page
    /// shows (title, city, postal code, employer's name).
    /// </summary>
    private const string Tables = $"{OfferSearchTable.Name} s JOIN offers o ON o.id = s.id JOIN employers e ON e.id = o.employer_id";

    /// <summary>The snapshot's xmin, a word's two tsqueries ($1) and the changes logged at or above the watermark ($2).</summary>
    private const string ChangesSql = """
        SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint,
               to_tsquery('french', stage_unaccent($1))::text, to_tsquery('simple', stage_unaccent($1))::text,
               c.xids, c.offers
        FROM (SELECT array_agg(xid) AS xids, array_agg(offer_id) AS offers FROM offer_search_changes WHERE xid >= $2) AS c
        """;

    /// <summary>How often an idle instance reads the change log anyway, so that its watermark keeps up.</summary>
    private static readonly TimeSpan CatchUpEvery = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    /// <summary>Changes are kept an hour; an instance that has not read the log for half of that loads everything again.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The most slots a page by start date reads (the offers of the sectors its filter allows): about 2 ms of one CPU.
    /// Beyond, PostgreSQL's indexes on the sector and first date serve better.
    /// </summary>
    private const int MaxSlotsRead = 200_000;

    /// <summary>How long a search waits for another to apply changes before it asks PostgreSQL instead.</summary>
    private static readonly TimeSpan WriterWait = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly HashSet<(long Xid, long? OfferId)> _seen = [];
    private readonly Lock _readGate = new();
    private TaskCompletionSource<bool>? _nextRead;
    private bool _reading;
    private volatile OfferIndex? _index;
    private long _watermark;
    private long _lastCatchUp;
    private long _answered;
    private long _loads;
    private long _sharedReads;

    public bool Enabled => options.Value.InMemoryIndex;

    /// <summary>True once the index is loaded and in use.</summary>
    public bool Ready => _index is not null;

    /// <summary>How many times the index was loaded since the start.</summary>
    public long Loads => Interlocked.Read(ref _loads);

    /// <summary>How many reads of the change log served waiting searches (<see cref="FreshAsync"/>) since the start.</summary>
    public long SharedReads => Interlocked.Read(ref _sharedReads);

    /// <summary>How many searches the index has answered since the start.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>
    /// The filter as the index applies it when the index can answer <paramref name="request"/>'s full-text search: its count
    /// and facets, and its page too when <paramref name="page"/> (relevance alone, paging forward); null otherwise.
    /// </summary>
    private static OfferIndexWhere? TextSearchWhere(OfferSearchRequest request, bool page) =>
        request is { Search.CompleteWords: null, Near: null, Pupil: null or { HideApplied: false } }
        && (!page || (request.Page is { Backward: false }
                      && request.Order is [{ Field: OfferSortField.Relevance, Direction: SortDirection.Descending }]))
            ? OfferIndexWhere.From(request.Where)
            : null;

    /// <summary>
    /// The filter as the index applies it when the index can answer <paramref name="request"/>'s page without words: nearest
    /// first within a radius, or by start date with no radius; null otherwise.
    /// </summary>
    private static OfferIndexWhere? PageWhere(OfferSearchRequest request) =>
        request is { Search: null, Pupil: null or { HideApplied: false }, Page.Backward: false }
        && (request.Near is { } near
            ? request.Order is [{ Field: OfferSortField.Distance, Direction: SortDirection.Ascending }] && OfferGrid.Covers(near)
            : request.Order is [{ Field: OfferSortField.StartDate }])
            ? OfferIndexWhere.From(request.Where)
            : null;

    /// <summary>
    /// The filter as the index applies it when the index can count <paramref name="request"/>'s offers without words (any
    /// order: a count has none); null otherwise.
    /// </summary>
    private static OfferIndexWhere? CountWhere(OfferSearchRequest request) =>
        request is { Search: null, Pupil: null or { HideApplied: false } } && (request.Near is null || OfferGrid.Covers(request.Near))
            ? OfferIndexWhere.From(request.Where)
            : null;

    /// <summary>
    /// The full-text search's total, facets (when asked for) and first <paramref name="take"/> offers (a page when above 0:
    /// relevance first, forward); null when the index cannot answer.
    /// </summary>
    public async Task<OfferIndexMatches?> SearchAsync(OfferSearchRequest request, int take, bool facets, CancellationToken cancellationToken)
    {
        if (_index is null || request.Search is null || TextSearchWhere(request, page: take > 0) is not { } where)
        {
            return null;
        }

        var changes = await ReadChangesAsync(request.Search.LastWord, cancellationToken);
        if (changes.Query is null || !await CatchUpAsync(changes, cancellationToken) || _index is not { } index)
        {
            return null;
        }

        // A page's cursor holds the rank (the page is in relevance order), a float4 that its JSON gives back as a double, exactly;
        // a count or facets ignore the cursor.
        var after = take > 0 && request.Page.Cursor is { } cursor
            ? new OfferIndexHit(cursor.Id, Convert.ToSingle(cursor.Values[0], CultureInfo.InvariantCulture))
            : (OfferIndexHit?)null;
        var version = index.Version;
        var matches = index.Search(changes.Query, Scope(request, where), take, after, facets);
        Interlocked.Increment(ref _answered);
        return take > 0 && request.Columns.HeldInMemory ? matches with { Rows = Show(index, version, matches.Page) } : matches;
    }

    /// <summary>
    /// The total of <paramref name="request"/>'s search and its facets when asked for: a one-word search's
    /// (<see cref="SearchAsync"/>), or a search without words, within a radius or not; null when the index cannot answer.
    /// </summary>
    public async Task<OfferIndexMatches?> CountAsync(OfferSearchRequest request, bool facets, CancellationToken cancellationToken)
    {
        if (request.Search is not null)
        {
            return await SearchAsync(request, 0, facets, cancellationToken);
        }

        if (_index is null || CountWhere(request) is not { } where || !await FreshAsync(cancellationToken) || _index is not { } index)
        {
            return null;
        }

        var counted = index.CountMatches(Scope(request, where), request.Near, facets);
        Interlocked.Increment(ref _answered);
        return counted;
    }

    /// <summary>
    /// What <c>offer(id)</c> answers when the index holds every column asked for (<paramref name="columns"/>): found, with the
    /// offer or null (none, not public, or not for <paramref name="caller"/>: <see cref="OfferIndex.Find"/>); not found when
    /// the index cannot answer, and PostgreSQL then reads the offer.
    /// </summary>
    public async Task<(bool Found, Offer? Offer)> ByIdAsync(long offerId, OfferColumns columns, OfferCaller caller, CancellationToken cancellationToken)
    {
        if (_index is null || !columns.HeldInMemory || !await FreshAsync(cancellationToken) || _index is not { } index)
        {
            return (false, null);
        }

        Interlocked.Increment(ref _answered);
        return (true, index.Find(offerId, caller));
    }

    /// <summary>
    /// The first <paramref name="take"/> offers of a page without words (nearest first within a radius, or by start date),
    /// each with its key (distance in metres, or first day number), and their rows with <paramref name="columns"/>; null
    /// when the index cannot answer. One round trip as a rule. When the index holds every column asked for
    /// (<see cref="OfferColumns.HeldInMemory"/>), it reads the change log alone; the changes are applied, then the page and
    /// its rows are taken from memory. Otherwise the page is taken from the index as it stands, then one batch reads the
    /// change log and the page's rows; only when the log held changes this instance had not applied (they are applied at
    /// once) is the page taken again, and then its rows are left to the caller (null).
    /// </summary>
    public async Task<(IReadOnlyList<OfferIndexHit> Hits, List<Offer>? Rows)?> PageAsync(
        OfferSearchRequest request, int take, OfferColumns columns, CancellationToken cancellationToken)
    {
        if (_index is not { } index || PageWhere(request) is not { } where)
        {
            return null;
        }

        var after = request.Page.Cursor is { } cursor
            ? new OfferIndexHit(cursor.Id, cursor.Values[0] is DateOnly day ? day.DayNumber : Convert.ToDouble(cursor.Values[0], CultureInfo.InvariantCulture))
            : (OfferIndexHit?)null;
        var scope = Scope(request, where);
        var descending = request.Order[0].Direction == SortDirection.Descending;
        IReadOnlyList<OfferIndexHit>? Page(OfferIndex from) => request.Near is { } near
            ? from.Nearest(near, scope, take, after)
            : from.ByStartDate(scope, descending, take, after, MaxSlotsRead);
        if (columns.HeldInMemory)
        {
            // Every column asked for is in memory: the index is brought up to date first, then gives the page and its rows.
            if (!await FreshAsync(cancellationToken) || _index is not { } fresh)
            {
                return null;
            }

            var seen = fresh.Version;
            if (Page(fresh) is not { } found)
            {
                return null;
            }

            Interlocked.Increment(ref _answered);
            return (found, Show(fresh, seen, found));
        }

        var version = index.Version;
        if (Page(index) is not { } hits)
        {
            return null;
        }

        LoggedChanges changes;
        List<Offer>? rows = [];
        await using (var batch = dataSource.CreateBatch())
        {
            batch.BatchCommands.Add(ChangesCommand(null));
            var statement = OfferSearchSql.ByIds([.. hits.Select(h => h.OfferId)], columns);
            var readRows = new NpgsqlBatchCommand(statement.Sql);
            statement.Parameters.CopyTo(readRows);
            batch.BatchCommands.Add(readRows);
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            changes = await ReadChangesAsync(reader, null, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(columns.Read(reader));
            }
        }

        if (!await CatchUpAsync(changes, cancellationToken) || _index is not { } current)
        {
            return null;
        }

        if (!ReferenceEquals(current, index) || current.Version != version)
        {
            if (Page(current) is not { } again)
            {
                return null;
            }

            (hits, rows) = (again, null);
        }

        Interlocked.Increment(ref _answered);
        return (hits, rows);
    }

    /// <summary>The rows of a page as the index holds them, when no change was applied since it was taken (null otherwise).</summary>
    private static List<Offer>? Show(OfferIndex index, int version, IReadOnlyList<OfferIndexHit> hits) =>
        index.Show(hits) is { } rows && index.Version == version ? rows : null;

    private static OfferIndexScope Scope(OfferSearchRequest request, OfferIndexWhere where) =>
        new(request.Caller, request.EndsAfter, request.Territory, request.Pupil is { OwnGradeOnly: true, Grade: { } own } ? own : null, where);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        var nextPrune = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_index is not { } index || index.DeadShare > 0.25 || Stopwatch.GetElapsedTime(Volatile.Read(ref _lastCatchUp)) > StaleAfter)
                {
                    await ReloadAsync(stoppingToken);
                }
                else
                {
                    await CatchUpAsync(await ReadChangesAsync(null, stoppingToken), stoppingToken);
                }

                if (clock.Elapsed >= nextPrune)
                {
                    await using var prune = dataSource.CreateCommand("DELETE FROM offer_search_changes WHERE changed_at < now() - interval '1 hour'");
                    await prune.ExecuteNonQueryAsync(stoppingToken);
                    nextPrune = clock.Elapsed + PruneEvery;
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Search index: catching up failed; searches use PostgreSQL until it succeeds");
            }

            try
            {
                await _wake.WaitAsync(_index is null ? TimeSpan.FromSeconds(5) : CatchUpEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Brings the index up to date with every write committed before the call: false when it cannot answer now (as
    /// <see cref="CatchUpAsync"/>). The log is read by one statement at a time for every search waiting: a search joins the
    /// read that starts next, never one already under way (which might have missed a write committed just before the
    /// search came), so each one sees what it would have seen reading the log itself, and under load one read serves many.
    /// </summary>
    private Task<bool> FreshAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> next;
        bool start;
        lock (_readGate)
        {
            next = _nextRead ??= new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            start = !_reading;
            _reading = true;
        }

        if (start)
        {
            // The reads serve whichever searches wait, not the request that happened to start them: they run outside its
            // context, each in a trace of its own (ActivitySourceName).
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(ReadForWaitersAsync, CancellationToken.None);
            }
        }

        return next.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Reads the log for the searches waiting, again while more came during the read, then stops.</summary>
    private async Task ReadForWaitersAsync()
    {
        while (true)
        {
            TaskCompletionSource<bool>? waiting;
            lock (_readGate)
            {
                waiting = _nextRead;
                _nextRead = null;
                _reading = waiting is not null;
            }

            if (waiting is null)
            {
                return;
            }

            bool fresh;
            try
            {
                // Not one search's token: the read is every waiting search's, and each stops waiting on its own token.
                using var activity = Activities.StartActivity("search index: read the change log");
                var changes = await ReadChangesAsync(null, CancellationToken.None);
                Interlocked.Increment(ref _sharedReads);
                fresh = await CatchUpAsync(changes, CancellationToken.None);
            }
            catch (Exception e)
            {
                waiting.SetException(e);
                continue;
            }

            waiting.SetResult(fresh);
        }
    }

    /// <summary>
    /// Applies the changes a statement saw that this instance has not applied yet; false when the index cannot answer now
    /// (another search is applying changes, or everything must be loaded again).
    /// </summary>
    private async Task<bool> CatchUpAsync(LoggedChanges changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            // Nothing to apply, but the log was read: the index is not stale.
            Volatile.Write(ref _lastCatchUp, Stopwatch.GetTimestamp());
            return true;
        }

        if (!await _writer.WaitAsync(WriterWait, cancellationToken))
        {
            return false;
        }

        try
        {
            if (_index is not { } index)
            {
                return false;
            }

            var changed = new HashSet<long>();
            for (var i = 0; i < changes.Count; i++)
            {
                if (_seen.Contains((changes.Xids[i], changes.Offers[i])))
                {
                    continue;
                }

                if (changes.Offers[i] is not { } offerId)
                {
                    // A truncate or a bulk load: everything is read again, in the background.
                    _index = null;
                    _wake.Release();
                    return false;
                }

                changed.Add(offerId);
            }

            if (changed.Count > options.Value.InMemoryIndexMaxChangesApplied)
            {
                // A bulk write: one load in the background costs less than reading the rows by id, and no search waits for it.
                _index = null;
                _wake.Release();
                return false;
            }

            if (changed.Count > 0)
            {
                var rows = await ReadRowsAsync(changed, cancellationToken);
                index.Apply(rows, [.. changed.Except(rows.Select(r => r.OfferId))]);
            }

            for (var i = 0; i < changes.Count; i++)
            {
                _seen.Add((changes.Xids[i], changes.Offers[i]));
            }

            MoveWatermark(changes.Xmin);
            return true;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Loads every offer again; searches use PostgreSQL meanwhile.</summary>
    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            _index = null;
            // What is logged now is in the load that follows: marked as seen, so that it is not applied again (a reload
            // mark would load everything twice).
            var before = await ReadChangesAsync(null, cancellationToken);
            for (var i = 0; i < before.Count; i++)
            {
                _seen.Add((before.Xids[i], before.Offers[i]));
            }

            var clock = Stopwatch.StartNew();
            var index = new OfferIndex();
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            long xmin;
            await using (var snapshot = new NpgsqlCommand("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", connection, transaction))
            {
                xmin = (long)(await snapshot.ExecuteScalarAsync(cancellationToken))!;
            }

            await using (var command = new NpgsqlCommand($"SELECT {Columns} FROM {Tables}", connection, transaction) { CommandTimeout = 0 })
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    index.Load(ReadRow(reader));
                }
            }

            await transaction.CommitAsync(cancellationToken);
            index.CompleteLoad();
            // The load leaves garbage about as large as the index (the vectors' text, the lists' growth, the replaced index):
            // collected now, once, rather than by long pauses of the searches that follow.
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect();
            MoveWatermark(xmin);
            _index = index;
            Interlocked.Increment(ref _loads);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Search index: {Offers} offers loaded in {Seconds:F1} s", index.Count, clock.Elapsed.TotalSeconds);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Every transaction below a snapshot's xmin had ended and was seen: the log is read from there on.</summary>
    private void MoveWatermark(long xmin)
    {
        if (xmin > _watermark)
        {
            Volatile.Write(ref _watermark, xmin);
            _seen.RemoveWhere(change => change.Xid < xmin);
        }

        Volatile.Write(ref _lastCatchUp, Stopwatch.GetTimestamp());
    }

    private async Task<LoggedChanges> ReadChangesAsync(string? lastWord, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(ChangesCommand(lastWord));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadChangesAsync(reader, lastWord, cancellationToken);
    }

    /// <summary>The statement reading the log since this instance's watermark, and the tsqueries of <paramref name="lastWord"/> if given.</summary>
    private NpgsqlBatchCommand ChangesCommand(string? lastWord)
    {
        var command = new NpgsqlBatchCommand(ChangesSql);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)lastWord ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Volatile.Read(ref _watermark) });
        return command;
    }

    private static async Task<LoggedChanges> ReadChangesAsync(NpgsqlDataReader reader, string? lastWord, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var query = lastWord is null || reader.IsDBNull(1) || reader.IsDBNull(2) ? null : OfferTextQuery.From(reader.GetString(1), reader.GetString(2));
        return reader.IsDBNull(3)
            ? new LoggedChanges(reader.GetInt64(0), query, [], [])
            : new LoggedChanges(reader.GetInt64(0), query, reader.GetFieldValue<long[]>(3), reader.GetFieldValue<long?[]>(4));
    }

    private async Task<List<OfferIndexRow>> ReadRowsAsync(IReadOnlyCollection<long> offerIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {Tables} WHERE s.id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. offerIds] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OfferIndexRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadRow(reader));
        }

        return rows;
    }

    private static OfferIndexRow ReadRow(NpgsqlDataReader row) => new(
        row.GetInt64(0), row.GetFieldValue<OfferStatus>(1), row.GetFieldValue<long[]>(2), row.GetInt64(3), row.IsDBNull(4) ? null : row.GetInt64(4),
        row.GetFieldValue<DateOnly>(5), row.GetFieldValue<DateOnly>(6), row.GetInt32(7), row.GetInt32(8), row.IsDBNull(9) ? null : row.GetString(9),
        row.IsDBNull(10) ? null : row.GetString(10), row.GetString(11), row.GetString(12), row.GetDouble(13), row.GetDouble(14),
        row.GetString(15), row.GetString(16), row.GetString(17), row.IsDBNull(18) ? null : row.GetString(18));

    /// <summary>What one read of the log saw: the snapshot's xmin, the search's query, the changes (offer null: everything).</summary>
    private sealed record LoggedChanges(long Xmin, OfferTextQuery? Query, long[] Xids, long?[] Offers)
    {
        public int Count => Xids.Length;
    }
}

/// <summary>
/// Part of readiness: Degraded (still 200) while the search index loads, so that a benchmark or a deployment can wait
/// for it; searches are answered by PostgreSQL meanwhile.
/// </summary>
public sealed class OfferIndexHealthCheck(OfferIndexSearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!search.Enabled || search.Ready
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("The search index is loading; searches use PostgreSQL meanwhile."));
}

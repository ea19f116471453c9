using Npgsql;
using NpgsqlTypes;

namespace Stage.Api.RateLimits;

/// <summary>
/// One allowance per caller across every instance of the API. Each instance admits requests from its own buckets
/// (no database round trip on the request path) and, every <see cref="RateLimitOptions.ShareInterval"/> and as soon
/// as it meets a new caller, adds what it charged to the bucket the instances share in table
/// <c>rate_limit_buckets</c> and takes that bucket's balance as its own: N instances together allow a caller its one
/// allowance, give or take what they admit within one interval. When the database cannot be reached, each instance
/// keeps limiting on its own and shares the charges it kept at the next round.
/// </summary>
public sealed class SharedAllowances(
    CostRateLimiter limiter, NpgsqlDataSource dataSource, TimeProvider clock, ILogger<SharedAllowances> logger) : BackgroundService
{
    /// <summary>A bucket nobody charged for this long has refilled, whatever its debt was: its row can go.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(3);

    /// <summary>Callers reconciled in one round at the most, the most recently seen first.</summary>
    private const int MaxPartitionsPerRound = 5_000;

    private static readonly TimeSpan NewcomerGap = TimeSpan.FromMilliseconds(20);

    // Rows are locked in partition order, so that two instances reconciling the same callers never deadlock; the
    // balance refills on the instance's clock as the local buckets do, never backwards.
    private const string Reconcile = """
        WITH given AS (
            SELECT * FROM unnest($1::text[], $2::integer[], $3::double precision[], $4::double precision[])
                AS g(partition, points_per_minute, charged, floor)),
        locked AS (
            SELECT b.partition, b.balance, b.updated_at FROM rate_limit_buckets AS b
            WHERE b.partition = ANY($1) ORDER BY b.partition FOR UPDATE),
        updated AS (
            UPDATE rate_limit_buckets AS b
            SET balance = GREATEST(g.floor, LEAST(g.points_per_minute::double precision,
                    l.balance + GREATEST(0, extract(epoch FROM $5 - l.updated_at)) * g.points_per_minute / 60.0) - g.charged),
                points_per_minute = g.points_per_minute,
                updated_at = GREATEST(l.updated_at, $5)
            FROM given AS g JOIN locked AS l USING (partition)
            WHERE b.partition = g.partition
            RETURNING b.partition, b.balance),
        inserted AS (
            INSERT INTO rate_limit_buckets (partition, points_per_minute, balance, updated_at)
            SELECT g.partition, g.points_per_minute, GREATEST(g.floor, g.points_per_minute - g.charged), $5
            FROM given AS g WHERE NOT EXISTS (SELECT 1 FROM locked AS l WHERE l.partition = g.partition)
            ON CONFLICT (partition) DO NOTHING
            RETURNING partition, balance)
        SELECT partition, balance FROM updated UNION ALL SELECT partition, balance FROM inserted
        """;

    private readonly SemaphoreSlim _oneRoundAtATime = new(1, 1);
    private DateTimeOffset _lastForgetting = DateTimeOffset.MinValue;
    private bool _failing;

    /// <summary>
    /// One round: hands every recently used bucket's charges to its shared bucket and adopts the shared balance.
    /// Returns how many callers were reconciled.
    /// </summary>
    public async Task<int> ShareAsync(CancellationToken cancellationToken)
    {
        await _oneRoundAtATime.WaitAsync(cancellationToken);
        try
        {
            var buckets = limiter.BucketsToShare(Idle, MaxPartitionsPerRound);
            if (buckets.Count == 0)
            {
                return 0;
            }

            // A caller's allowance under another limit (a key's limit changed, instances configured apart) is another
            // bucket, as it is locally.
            buckets = [.. buckets
                .Select(b => (Partition: $"{b.Partition}/{b.Bucket.PointsPerMinute}", b.Bucket))
                .OrderBy(b => b.Partition, StringComparer.Ordinal)];
            var charged = buckets.Select(b => b.Bucket.TakeUnshared()).ToArray();
            var now = clock.GetUtcNow();
            var adopted = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                await using var command = dataSource.CreateCommand(Reconcile);
                command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. buckets.Select(b => b.Partition)] });
                command.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = [.. buckets.Select(b => b.Bucket.PointsPerMinute)] });
                command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = charged });
                command.Parameters.Add(new NpgsqlParameter<double[]> { TypedValue = [.. buckets.Select(b => b.Bucket.Floor)] });
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var byPartition = buckets.ToDictionary(b => b.Partition, b => b.Bucket, StringComparer.Ordinal);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var partition = reader.GetString(0);
                    byPartition[partition].Adopt(reader.GetDouble(1), now);
                    adopted.Add(partition);
                }
            }
            finally
            {
                // What did not reach the shared bucket (an outage, or a caller another instance inserted meanwhile)
                // goes with the next round.
                for (var i = 0; i < buckets.Count; i++)
                {
                    if (!adopted.Contains(buckets[i].Partition))
                    {
                        buckets[i].Bucket.ReturnUnshared(charged[i]);
                    }
                }
            }

            if (now - _lastForgetting > Idle)
            {
                await ForgetIdleAsync(now, cancellationToken);
                _lastForgetting = now;
            }

            return adopted.Count;
        }
        finally
        {
            _oneRoundAtATime.Release();
        }
    }

    private async Task ForgetIdleAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var forget = dataSource.CreateCommand("DELETE FROM rate_limit_buckets WHERE updated_at < $1");
        forget.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now - Idle - limiter.Options.MaxLockout });
        await forget.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = limiter.Options.ShareInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ShareAsync(stoppingToken);
                if (_failing)
                {
                    _failing = false;
                    logger.LogInformation("Rate limits are shared with the other instances again");
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                if (!_failing)
                {
                    _failing = true;
                    logger.LogWarning(error, "Sharing rate limits with the other instances failed; each instance limits on its own until it works again");
                }
            }

            // The next round comes after the interval, or sooner for a caller this instance has not seen before (a
            // flood of new addresses still makes at most one round per NewcomerGap).
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var tick = Task.Delay(interval, clock, wait.Token);
            var first = await Task.WhenAny(tick, limiter.NewPartitions.WaitAsync(wait.Token));
            await wait.CancelAsync();
            if (first != tick)
            {
                await Task.Delay(NewcomerGap, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}

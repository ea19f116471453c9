using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Stage.Api.RateLimits;

/// <summary>
/// The buckets of every caller, by partition ("key:…", "account:…", "ip:…"). Bounded: a sweep forgets
/// full buckets (idle callers) once a minute or whenever <see cref="RateLimitOptions.MaxPartitions"/>
/// is exceeded, and the least recently used ones if that is not enough.
/// </summary>
public sealed class CostRateLimiter(IOptions<RateLimitOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, PointBucket> _buckets = new(StringComparer.Ordinal);
    private long _lastSweepTicks = clock.GetUtcNow().UtcTicks;
    private int _sweeping;

    internal int PartitionCount => _buckets.Count;

    public RateLimitOptions Options => options.Value;

    public DateTimeOffset Now => clock.GetUtcNow();

    public PointBucket Bucket(string partition, int pointsPerMinute)
    {
        var now = clock.GetUtcNow();
        if (now.UtcTicks - Interlocked.Read(ref _lastSweepTicks) > SweepInterval.Ticks)
        {
            Sweep(now);
        }

        if (_buckets.TryGetValue(partition, out var known) && known.PointsPerMinute == pointsPerMinute)
        {
            return known;
        }

        // A new caller (or a key whose limit changed, which starts afresh). Count takes every lock of the
        // dictionary, so it is only read here, not on every request.
        if (_buckets.Count >= options.Value.MaxPartitions)
        {
            Sweep(now);
        }

        var fresh = new PointBucket(pointsPerMinute, now);
        return _buckets.AddOrUpdate(partition, fresh, (_, existing) => existing.PointsPerMinute == pointsPerMinute ? existing : fresh);
    }

    private void Sweep(DateTimeOffset now)
    {
        if (Interlocked.Exchange(ref _sweeping, 1) == 1)
        {
            return;
        }

        try
        {
            Interlocked.Exchange(ref _lastSweepTicks, now.UtcTicks);
            foreach (var (partition, bucket) in _buckets)
            {
                if (bucket.IsFull(now))
                {
                    _buckets.TryRemove(partition, out _);
                }
            }

            var excess = _buckets.Count - options.Value.MaxPartitions + 1;
            if (excess > 0)
            {
                foreach (var (partition, _) in _buckets.OrderBy(b => b.Value.LastUsed).Take(excess + options.Value.MaxPartitions / 10).ToList())
                {
                    _buckets.TryRemove(partition, out _);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }
}

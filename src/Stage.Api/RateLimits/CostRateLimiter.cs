using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using Stage.Api.Events;
using Stage.Api.Kit.Requests;

namespace Stage.Api.RateLimits;

/// <summary>
/// The buckets of every caller, by partition ("key:…", "account:…", "ip:…"). Bounded: a sweep forgets
/// full buckets (idle callers) once a minute or whenever <see cref="RateLimitOptions.MaxPartitions"/>
/// is exceeded, and the least recently used ones if that is not enough. Admission reads these local buckets only;
/// <see cref="SharedAllowances"/> reconciles them with the other instances' in the background.
/// </summary>
public sealed class CostRateLimiter(IOptions<RateLimitOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, PointBucket> _buckets = new(StringComparer.Ordinal);
    private long _lastSweepTicks = clock.GetUtcNow().UtcTicks;
    private int _sweeping;

    internal int PartitionCount => _buckets.Count;

    /// <summary>Signalled when a caller is first seen here, so that its allowance is brought in from the other instances at once.</summary>
    internal WakeSignal NewPartitions { get; } = new();

    public RateLimitOptions Options => options.Value;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The allowances a caller draws on.</summary>
    public CallerAllowance AllowanceOf(ApiClient? client, Viewer? viewer, IPAddress? address) => new(this, client, viewer, address);

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

        var fresh = new PointBucket(pointsPerMinute, now, options.Value.MaxLockout);
        var bucket = _buckets.AddOrUpdate(partition, fresh, (_, existing) => existing.PointsPerMinute == pointsPerMinute ? existing : fresh);
        if (ReferenceEquals(bucket, fresh))
        {
            NewPartitions.Wake();
        }

        return bucket;
    }

    /// <summary>
    /// The buckets worth reconciling with the other instances: those charged since they were last reconciled, and
    /// those used within <paramref name="recently"/> (another instance may be charging the same caller), most recently
    /// used first, <paramref name="most"/> at the most.
    /// </summary>
    internal List<(string Partition, PointBucket Bucket)> BucketsToShare(TimeSpan recently, int most)
    {
        var since = clock.GetUtcNow() - recently;
        return [.. _buckets
            .Where(b => b.Value.HasUnsharedCharges || b.Value.LastUsed >= since)
            .OrderByDescending(b => b.Value.LastUsed)
            .Take(most)
            .Select(b => (b.Key, b.Value))];
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

/// <summary>
/// A token bucket counted in cost points: it holds up to a minute's allowance and refills continuously.
/// A request is let in while a whole point is left and its cost is charged afterwards (its cost is
/// only known once it ran), so one expensive request may overdraw the bucket and the caller then waits
/// for the debt to be refilled, never longer than <paramref name="maxLockout"/>: the debt is capped there, so
/// that one costly request (or a cost estimate that was wrong) cannot shut out a school's shared address for minutes.
/// What it charges is also kept aside until <see cref="SharedAllowances"/> has added it to the bucket the instances
/// share, which then replaces this one's balance (<see cref="TakeUnshared"/>, <see cref="Adopt"/>).
/// </summary>
public sealed class PointBucket(int pointsPerMinute, DateTimeOffset now, TimeSpan maxLockout)
{
    /// <summary>The lowest balance: the one that takes <c>maxLockout</c> to refill to the point a request needs.</summary>
    private readonly double _floor = 1 - (Math.Max(0, maxLockout.TotalSeconds) * pointsPerMinute / 60);

    private readonly object _gate = new();
    private double _balance = pointsPerMinute;
    private DateTimeOffset _updated = now;
    private double _unshared;

    public int PointsPerMinute => pointsPerMinute;

    /// <summary>The lowest balance the bucket may reach (the debt cap).</summary>
    public double Floor => _floor;

    public bool HasUnsharedCharges
    {
        get
        {
            lock (_gate)
            {
                return _unshared > 0;
            }
        }
    }

    /// <summary>Null when a request may go in now; otherwise how long until it may.</summary>
    public TimeSpan? WaitBeforeNext(DateTimeOffset now)
    {
        lock (_gate)
        {
            Refill(now);
            return _balance >= 1 ? null : TimeSpan.FromSeconds((1 - _balance) * 60 / pointsPerMinute);
        }
    }

    public void Charge(int points, DateTimeOffset now)
    {
        lock (_gate)
        {
            Refill(now);
            _balance = Math.Max(_floor, _balance - points);
            _unshared += points;
        }
    }

    /// <summary>The points charged since the last call, handed over to be added to the shared bucket.</summary>
    public double TakeUnshared()
    {
        lock (_gate)
        {
            var taken = _unshared;
            _unshared = 0;
            return taken;
        }
    }

    /// <summary>Takes back points that could not be shared (the database was unreachable): they go with the next round.</summary>
    public void ReturnUnshared(double points)
    {
        lock (_gate)
        {
            _unshared += points;
        }
    }

    /// <summary>
    /// Takes the shared bucket's balance at <paramref name="at"/> (every instance's charges, those handed over by
    /// <see cref="TakeUnshared"/> included) as this one's, less what was charged here since.
    /// </summary>
    public void Adopt(double sharedBalance, DateTimeOffset at)
    {
        lock (_gate)
        {
            _balance = Math.Max(_floor, Math.Min(pointsPerMinute, sharedBalance) - _unshared);
            _updated = at;
        }
    }

    /// <summary>
    /// A full bucket holds nothing a fresh one would not: it can be forgotten, with any charges not shared yet (made
    /// long enough ago to have refilled, they would only shut the caller out late on the other instances).
    /// </summary>
    public bool IsFull(DateTimeOffset now)
    {
        lock (_gate)
        {
            Refill(now);
            return _balance >= pointsPerMinute;
        }
    }

    public DateTimeOffset LastUsed
    {
        get
        {
            lock (_gate)
            {
                return _updated;
            }
        }
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > _updated)
        {
            _balance = Math.Min(pointsPerMinute, _balance + ((now - _updated).TotalSeconds * pointsPerMinute / 60));
            _updated = now;
        }
    }
}

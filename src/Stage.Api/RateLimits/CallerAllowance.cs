using System.Net;
using Stage.Api.ApiKeys;
using Stage.Api.Identity;

namespace Stage.Api.RateLimits;

/// <summary>
/// The allowances one request or operation draws on (see <see cref="CallerPartitions"/>): whether it
/// may go in now, and its charge once it ran. Shared by HTTP requests and WebSocket operations.
/// </summary>
public sealed class CallerAllowance
{
    private readonly CostRateLimiter _limiter;
    private readonly List<PointBucket> _buckets;

    public CallerAllowance(CostRateLimiter limiter, ApiClient? client, Viewer? viewer, IPAddress? address)
    {
        _limiter = limiter;
        _buckets = [.. CallerPartitions.Of(client, viewer, address, limiter.Options).Select(p => limiter.Bucket(p.Partition, p.PointsPerMinute))];
    }

    /// <summary>How long to wait before the next request may go in; null when it may go in now.</summary>
    public TimeSpan? WaitBeforeNext()
    {
        var now = _limiter.Now;
        return _buckets.Select(b => b.WaitBeforeNext(now)).Max();
    }

    /// <summary>Charges what the request cost (at least 1 point).</summary>
    public void Charge(int points)
    {
        var now = _limiter.Now;
        foreach (var bucket in _buckets)
        {
            bucket.Charge(Math.Max(1, points), now);
        }
    }

    /// <summary>Whole seconds for a <c>Retry-After</c>, at least 1.</summary>
    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}

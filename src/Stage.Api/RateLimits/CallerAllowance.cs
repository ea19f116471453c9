using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Stage.Api.Kit.Requests;

namespace Stage.Api.RateLimits;

/// <summary>
/// The allowances one request or operation draws on: its API key's and its account's (both when it has both: a
/// portal's key is shared by all its users), or its IP address's when it has neither. Whether it may go in now,
/// and its charge once it ran.
/// </summary>
public sealed class CallerAllowance
{
    private readonly CostRateLimiter _limiter;
    private readonly List<PointBucket> _buckets;

    public CallerAllowance(CostRateLimiter limiter, ApiClient? client, Viewer? viewer, IPAddress? address)
    {
        _limiter = limiter;
        _buckets = [.. Partitions(client, viewer, address, limiter.Options).Select(p => limiter.Bucket(p.Partition, p.PointsPerMinute))];
    }

    /// <summary>How long to wait before the next request may go in; null when it may go in now.</summary>
    public TimeSpan? WaitBeforeNext()
    {
        var now = _limiter.Now;
        return _buckets.Select(b => b.WaitBeforeNext(now)).Max();
    }

    /// <summary>Whole seconds for a <c>Retry-After</c> (at least 1) when the request may not go in now; null when it may.</summary>
    public int? RetryAfterSeconds() =>
        WaitBeforeNext() is { } wait ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : null;

    /// <summary>Charges what the request cost (at least 1 point).</summary>
    public void Charge(int points)
    {
        var now = _limiter.Now;
        foreach (var bucket in _buckets)
        {
            bucket.Charge(Math.Max(1, points), now);
        }
    }

    private static IEnumerable<(string Partition, int PointsPerMinute)> Partitions(ApiClient? client, Viewer? viewer, IPAddress? address, RateLimitOptions options)
    {
        if (client is not null)
        {
            yield return ("key:" + client.KeyId, client.RateLimitPerMinute ?? options.KeyPointsPerMinute);
        }

        if (viewer is not null)
        {
            yield return ("account:" + viewer.AccountId.ToString(CultureInfo.InvariantCulture), options.AccountPointsPerMinute);
        }

        if (client is null && viewer is null)
        {
            yield return ("ip:" + Network(address), options.AnonymousPointsPerMinute);
        }
    }

    /// <summary>An IPv4 address, or the /64 network of an IPv6 one (one subscriber usually holds a whole /64).</summary>
    private static string Network(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

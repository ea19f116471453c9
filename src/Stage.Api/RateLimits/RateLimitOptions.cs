namespace Stage.Api.RateLimits;

/// <summary>
/// Rate limits in cost points per minute (configuration section "Stage:RateLimits"). A request costs
/// what the cost analysis says it fetched (at least 1 point). The defaults are generous: they stop
/// floods, not busy portals; tune them per deployment, and per key with <c>apikey create --rate-limit</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Stage:RateLimits";

    /// <summary>Per client IP address (per /64 network for IPv6) of a caller with neither key nor token.</summary>
    public int AnonymousPointsPerMinute { get; set; } = 20_000;

    /// <summary>Per authenticated account (bearer token).</summary>
    public int AccountPointsPerMinute { get; set; } = 50_000;

    /// <summary>Per API key without a limit of its own.</summary>
    public int KeyPointsPerMinute { get; set; } = 100_000;

    /// <summary>How many callers are tracked at most; idle ones (whose allowance is full again) are forgotten first.</summary>
    public int MaxPartitions { get; set; } = 100_000;
}

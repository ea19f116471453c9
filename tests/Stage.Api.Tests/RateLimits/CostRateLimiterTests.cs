using Microsoft.Extensions.Options;
using Stage.Api.RateLimits;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.RateLimits;

/// <summary>The limiter's memory stays bounded whatever the number of callers.</summary>
public sealed class CostRateLimiterTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Callers_beyond_the_maximum_are_forgotten_least_recently_used_first()
    {
        var limiter = new CostRateLimiter(Options.Create(new RateLimitOptions { MaxPartitions = 100 }), _clock);

        for (var i = 0; i < 10_000; i++)
        {
            limiter.Bucket($"ip:{i}", 60).Charge(1, _clock.GetUtcNow());
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.InRange(limiter.PartitionCount, 1, 101);
    }

    [Fact]
    public void Idle_callers_whose_allowance_is_full_again_are_forgotten_by_the_next_sweep()
    {
        var limiter = new CostRateLimiter(Options.Create(new RateLimitOptions()), _clock);
        for (var i = 0; i < 500; i++)
        {
            limiter.Bucket($"ip:{i}", 60).Charge(30, _clock.GetUtcNow());
        }

        _clock.Advance(TimeSpan.FromSeconds(31));
        var active = limiter.Bucket("ip:active", 60);
        active.Charge(90, _clock.GetUtcNow());
        Assert.Equal(501, limiter.PartitionCount);

        _clock.Advance(TimeSpan.FromSeconds(30));
        limiter.Bucket("ip:another", 60);

        Assert.Equal(2, limiter.PartitionCount); // "ip:active" still owes points; "ip:another" is new
        Assert.NotNull(active.WaitBeforeNext(_clock.GetUtcNow()));
    }

    [Fact]
    public void A_debt_never_locks_a_caller_out_longer_than_the_configured_cap()
    {
        var limiter = new CostRateLimiter(Options.Create(new RateLimitOptions { MaxLockout = TimeSpan.FromSeconds(60) }), _clock);
        var school = limiter.Bucket("ip:192.0.2.1", 20_000);
        school.Charge(388_240, _clock.GetUtcNow());

        var wait = school.WaitBeforeNext(_clock.GetUtcNow());
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(60));

        school.Charge(388_240, _clock.GetUtcNow()); // a second costly answer does not extend it
        _clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(school.WaitBeforeNext(_clock.GetUtcNow()));
    }
}

using System.Net;
using Microsoft.Extensions.Options;
using Stage.Api.RateLimits;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.RateLimits;

/// <summary>
/// Instances of the API on one database allow a caller one allowance between them, not one each: each reconciles
/// its buckets with the shared ones (in the background; here, when the test says so, on a stopped clock).
/// </summary>
public sealed class SharedRateLimitTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Two_instances_allow_a_key_its_one_allowance_between_them()
    {
        await using var limited = new RateLimitedApi(api);
        await using var other = limited.AnotherInstance();
        var key = await limited.CreateKeyAsync(); // 6 points a minute
        var first = RateLimitedApi.Client(limited.Factory, key);
        var second = RateLimitedApi.Client(other, key);

        Assert.Equal(4, await RateLimitedApi.CountServedAsync(first, 4));
        await RateLimitedApi.ShareAsync(limited.Factory);

        // The second instance meets the key for the first time: it lets one request in before it has heard of the
        // others' charges (at most one round's worth), then adopts the shared balance.
        Assert.Equal(1, await RateLimitedApi.CountServedAsync(second, 1));
        await RateLimitedApi.ShareAsync(other);
        Assert.Equal(1, await RateLimitedApi.CountServedAsync(second, 5));

        await RateLimitedApi.ShareAsync(other);
        await RateLimitedApi.ShareAsync(limited.Factory);
        using var refused = await RateLimitedApi.PostAsync(first);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(["RATE_LIMITED"], (await GraphQLResponse.ReadAsync(refused)).ErrorCodes);
    }

    [Fact]
    public async Task An_address_in_debt_on_one_instance_is_in_debt_on_the_others_and_refills_on_both()
    {
        await using var limited = new RateLimitedApi(api);
        await using var other = limited.AnotherInstance();
        await RateLimitedApi.ShareAsync(other); // nothing to share yet
        Assert.Equal(3, await RateLimitedApi.CountServedAsync(limited.Client(), 10)); // 3 points a minute for an address
        await RateLimitedApi.ShareAsync(limited.Factory);

        Assert.Equal(1, await RateLimitedApi.CountServedAsync(RateLimitedApi.Client(other), 1)); // the newcomer's one round
        await RateLimitedApi.ShareAsync(other);
        using var refused = await RateLimitedApi.PostAsync(RateLimitedApi.Client(other));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.Headers.RetryAfter?.Delta); // 2 points owed at 3 a minute

        limited.Clock.Advance(TimeSpan.FromSeconds(40));
        await RateLimitedApi.ShareAsync(limited.Factory);
        await RateLimitedApi.ShareAsync(other);
        Assert.Equal(HttpStatusCode.OK, (await RateLimitedApi.PostAsync(limited.Client())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RateLimitedApi.PostAsync(RateLimitedApi.Client(other))).StatusCode);
    }

    [Fact]
    public async Task With_sharing_turned_off_each_instance_allows_a_whole_allowance()
    {
        await using var limited = new RateLimitedApi(api);
        await using var other = limited.AnotherInstance(("Stage:RateLimits:ShareInterval", "00:00:00"));
        var key = await limited.CreateKeyAsync();

        Assert.Equal(6, await RateLimitedApi.CountServedAsync(RateLimitedApi.Client(limited.Factory, key), 10));
        await RateLimitedApi.ShareAsync(limited.Factory);
        Assert.Equal(6, await RateLimitedApi.CountServedAsync(RateLimitedApi.Client(other, key), 10));
    }

    [Fact]
    public void Charges_made_while_a_round_is_under_way_are_kept_for_the_next_one()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var limiter = new CostRateLimiter(Options.Create(new RateLimitOptions()), clock);
        var bucket = limiter.Bucket("key:k", 60);
        bucket.Charge(10, clock.GetUtcNow());

        var handedOver = bucket.TakeUnshared();
        bucket.Charge(5, clock.GetUtcNow()); // while the round is in the database
        bucket.Adopt(30, clock.GetUtcNow()); // another instance spent 20 meanwhile

        Assert.Equal(10, handedOver);
        Assert.Equal(5, bucket.TakeUnshared());
        clock.Advance(TimeSpan.FromSeconds(24)); // 24 points refilled: 49 of 60
        bucket.Charge(48, clock.GetUtcNow());
        Assert.Null(bucket.WaitBeforeNext(clock.GetUtcNow()));
        bucket.Charge(1, clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.WaitBeforeNext(clock.GetUtcNow()));
    }
}

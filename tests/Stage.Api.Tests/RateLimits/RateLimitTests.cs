using System.Net;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Identity;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.RateLimits;

/// <summary>Allowances in cost points per minute, per IP, account and key; 429 with Retry-After once spent.</summary>
public sealed class RateLimitTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_anonymous_caller_gets_3_points_then_429_with_retry_after_until_the_allowance_refills()
    {
        await using var limited = new RateLimitedApi(api);
        var client = limited.Client();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await RateLimitedApi.PostAsync(client)).StatusCode);
        }

        using var refused = await RateLimitedApi.PostAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(20), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(["RATE_LIMITED"], (await GraphQLResponse.ReadAsync(refused)).ErrorCodes);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode); // probes are not counted

        limited.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await RateLimitedApi.PostAsync(client)).StatusCode);
        limited.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await RateLimitedApi.PostAsync(client)).StatusCode);
    }

    [Theory]
    [InlineData(GraphQLWebSocketClient.TransportWs)]
    [InlineData(GraphQLWebSocketClient.LegacyWs)]
    public async Task A_websocket_signed_in_by_connection_init_is_charged_to_its_account_not_to_its_indebted_address(string protocol)
    {
        await using var limited = new RateLimitedApi(api);
        await using var db = api.CreateDbContext();
        var pupil = await db.AddPupilAsync(await db.AddUniqueSchoolAsync());
        var token = await TestTokens.ForAsync(limited.Factory.Services, DevelopmentLogin.Pupil(pupil.Ine));
        for (var i = 0; i < 3; i++)
        {
            await RateLimitedApi.PostAsync(limited.Client());
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await RateLimitedApi.PostAsync(limited.Client())).StatusCode); // the address is in debt

        await using (var signedIn = await GraphQLWebSocketClient.ConnectAsync(limited.Factory, protocol))
        {
            await signedIn.InitAsync(token); // acknowledged: the account pays
        }

        await using var anonymous = await GraphQLWebSocketClient.ConnectAsync(limited.Factory, protocol);
        await anonymous.SendAsync(new { type = "connection_init" });
        var (code, reason) = await anonymous.ReceiveCloseAsync();
        Assert.Equal(1013, code);
        Assert.StartsWith("Rate limit exceeded", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_and_accounts_have_allowances_of_their_own()
    {
        await using var limited = new RateLimitedApi(api);
        await using var db = api.CreateDbContext();
        var pupil = await db.AddPupilAsync(await db.AddUniqueSchoolAsync());
        var token = await TestTokens.ForAsync(limited.Factory.Services, DevelopmentLogin.Pupil(pupil.Ine));
        var key = await limited.CreateKeyAsync();
        var ownLimit = await limited.CreateKeyAsync(rateLimit: 2);

        Assert.Equal(3, await RateLimitedApi.CountServedAsync(limited.Client(), 10));
        Assert.Equal(4, await RateLimitedApi.CountServedAsync(limited.Client(token: token), 10));
        Assert.Equal(6, await RateLimitedApi.CountServedAsync(limited.Client(key), 10));
        Assert.Equal(2, await RateLimitedApi.CountServedAsync(limited.Client(ownLimit), 10));
    }

    [Fact]
    public async Task A_request_is_charged_its_reported_cost()
    {
        await using var limited = new RateLimitedApi(api);
        var key = await limited.CreateKeyAsync();
        var client = limited.Client(key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(RateLimitedApi.CostlyPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(RateLimitedApi.CostlyPath)).StatusCode);

        using var refused = await client.GetAsync(RateLimitedApi.CostlyPath);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(50), refused.Headers.RetryAfter?.Delta); // 6 - 10 = -4: 5 points to refill at 6 a minute
    }

    [Fact]
    public async Task Event_streams_and_malformed_requests_draw_on_the_same_allowance()
    {
        await using var limited = new RateLimitedApi(api);
        var client = limited.Client();

        Assert.Equal(HttpStatusCode.OK, (await RateLimitedApi.PostAsync(client)).StatusCode);
        using (var stream = await EventStreamAsync(client))
        {
            Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
            Assert.Contains("event: complete", await stream.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var malformed = new StringContent("{", System.Text.Encoding.UTF8, "application/json"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/graphql", malformed)).StatusCode);
        }

        using var refused = await EventStreamAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(20), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(["RATE_LIMITED"], (await GraphQLResponse.ReadAsync(refused)).ErrorCodes);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await RateLimitedApi.PostAsync(client)).StatusCode);
    }

    private static async Task<HttpResponseMessage> EventStreamAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return await client.SendAsync(request);
    }
}

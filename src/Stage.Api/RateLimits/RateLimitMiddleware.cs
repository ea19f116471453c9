using System.Globalization;
using Microsoft.Net.Http.Headers;
using Stage.Api.ApiKeys;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.RateLimits;

/// <summary>
/// Lets a request in while every allowance it draws on has a point left, else answers 429 with
/// <c>Retry-After</c> and <c>RATE_LIMITED</c>; once it ran, charges its cost (<see cref="RequestCost"/>,
/// 1 point when the request was never priced). Health probes are not counted.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, CostRateLimiter limiter)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.Request.Path.StartsWithSegments("/health"))
        {
            await next(http);
            return;
        }

        var buckets = CallerPartitions.Of(http, limiter.Options).Select(p => limiter.Bucket(p.Partition, p.PointsPerMinute)).ToList();
        var now = limiter.Now;
        var wait = buckets.Select(b => b.WaitBeforeNext(now)).Max();
        if (wait is { } delay)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds));
            http.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
            await RequestRefusal.WriteAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                $"Rate limit exceeded: retry in {seconds} s. Requests are counted in cost points per minute.");
            return;
        }

        try
        {
            await next(http);
        }
        finally
        {
            var points = Math.Max(1, http.Features.Get<RequestCost>()?.Actual ?? 1);
            foreach (var bucket in buckets)
            {
                bucket.Charge(points, limiter.Now);
            }
        }
    }
}

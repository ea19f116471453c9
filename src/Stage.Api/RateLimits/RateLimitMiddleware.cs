using System.Globalization;
using Microsoft.Net.Http.Headers;
using Stage.Api.ApiKeys;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Execution;
using Stage.Api.Identity;

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

        var allowance = new CallerAllowance(limiter, http.Features.Get<ApiClient>(), http.Features.Get<Viewer>(), http.Connection.RemoteIpAddress);
        if (allowance.WaitBeforeNext() is { } delay)
        {
            var seconds = CallerAllowance.Seconds(delay);
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
            // A WebSocket's operations are charged one by one (WebSocketOperation); its upgrade costs 1.
            allowance.Charge(http.WebSockets.IsWebSocketRequest ? 1 : http.Features.Get<RequestCost>()?.Actual ?? 1);
        }
    }
}

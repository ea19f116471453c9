using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Http;

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

    /// <summary>
    /// The longest a caller waits after overdrawing its allowance: a request is let in while a point is left and charged
    /// afterwards, and the debt it leaves is capped so that it refills within this time.
    /// </summary>
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often an instance adds what it charged to the allowances all instances share (in the database) and takes
    /// theirs; zero turns sharing off (each instance then allows every caller a whole allowance of its own).
    /// </summary>
    public TimeSpan ShareInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many callers are tracked at most; idle ones (whose allowance is full again) are forgotten first.</summary>
    public int MaxPartitions { get; set; } = 100_000;
}

/// <summary>Marks an endpoint that admits and charges its requests itself (the GraphQL endpoint, through its executor).</summary>
public sealed class ChargesItsOwnRequests
{
    public static readonly ChargesItsOwnRequests Instance = new();

    private ChargesItsOwnRequests()
    {
    }
}

public static class RateLimitsSetup
{
    /// <summary>Cost-point rate limits per key, account and IP (section "Stage:RateLimits").</summary>
    public static IServiceCollection AddCostRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CostRateLimiter>();
        services.AddSingleton<SharedAllowances>();
        services.AddHostedService(provider => provider.GetRequiredService<SharedAllowances>());
        return services;
    }

    /// <summary>
    /// After authentication and API keys, which tell whose allowance a request draws on: an HTTP request to an
    /// endpoint that does not charge its own (agreement PDFs, GraphiQL's files) goes in while a point is left and
    /// costs 1 point; otherwise it is answered 429 with <c>Retry-After</c> and <c>RATE_LIMITED</c>. Health probes are
    /// not counted.
    /// </summary>
    public static IApplicationBuilder UseCostRateLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.Path.StartsWithSegments("/health") || http.GetEndpoint()?.Metadata.GetMetadata<ChargesItsOwnRequests>() is not null)
        {
            await next(http);
            return;
        }

        var allowance = http.RequestServices.GetRequiredService<CostRateLimiter>()
            .AllowanceOf(http.Features.Get<ApiClient>(), http.Features.Get<Viewer>(), http.Connection.RemoteIpAddress);
        if (allowance.RetryAfterSeconds() is { } seconds)
        {
            await GraphQLHttpResponseWriter.WriteRefusalAsync(http, new GraphQLHttpRequestException(StatusCodes.Status429TooManyRequests,
                ErrorCodes.RateLimited, $"Rate limit exceeded: retry in {seconds} s. Requests are counted in cost points per minute.")
            {
                RetryAfterSeconds = seconds,
            });
            return;
        }

        try
        {
            await next(http);
        }
        finally
        {
            allowance.Charge(1);
        }
    });
}

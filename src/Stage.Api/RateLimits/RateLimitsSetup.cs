using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stage.Api.RateLimits;

public static class RateLimitsSetup
{
    /// <summary>Cost-point rate limits per key, account and IP (section "Stage:RateLimits").</summary>
    public static IServiceCollection AddCostRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CostRateLimiter>();
        return services;
    }

    /// <summary>After authentication and API keys, which tell whose allowance a request draws on.</summary>
    public static IApplicationBuilder UseCostRateLimits(this IApplicationBuilder app) => app.UseMiddleware<RateLimitMiddleware>();
}

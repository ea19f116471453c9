using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Stage.Api.Health;

public static class HealthSetup
{
    private const string Ready = "ready";

    public static IServiceCollection AddStageHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: [Ready]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: 200 while the process runs (no check: restarting the process would not bring
    /// the database back). <c>/health/ready</c>: 503 while PostgreSQL is unreachable, so a load balancer
    /// sends traffic elsewhere until it returns.
    /// </summary>
    public static IEndpointRouteBuilder MapStageHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return endpoints;
    }
}

using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Stage.Api.Kit.Errors;
using Stage.Api.Offers.Search.Memory;

namespace Stage.Api.Health;

public static class HealthSetup
{
    private const string Ready = "ready";

    public static IServiceCollection AddStageHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadinessCheck>("database", tags: [Ready])
            .AddCheck<OfferIndexHealthCheck>("full-text index", tags: [Ready]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: 200 while the process runs (no check: restarting the process would not bring
    /// the database back). <c>/health/ready</c>: 503 while PostgreSQL is unreachable, so a load balancer
    /// sends traffic elsewhere until it returns; 200 "Degraded" while the full-text index loads.
    /// </summary>
    public static IEndpointRouteBuilder MapStageHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return endpoints;
    }
}

/// <summary>Ready while a pooled connection to PostgreSQL answers <c>SELECT 1</c> within a few seconds.</summary>
public sealed class DatabaseReadinessCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (DatabaseOutage.Is(e) || e is OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable.", e);
        }
    }
}

using Npgsql;

namespace Stage.Api.Kit.Idempotency;

/// <summary>
/// Forgets idempotency keys older than <see cref="Lifetime"/>, every minute (configurable:
/// Stage:Idempotency:CleanupInterval), on the clock it is given.
/// </summary>
public sealed class IdempotencyKeyCleanup(
    NpgsqlDataSource dataSource, TimeProvider clock, IConfiguration configuration, ILogger<IdempotencyKeyCleanup> logger) : BackgroundService
{
    /// <summary>Clients are promised 24 hours; the extra hour covers a retry that started just in time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(25);

    public async Task<int> ForgetExpiredAsync(CancellationToken cancellationToken)
    {
        await using var forget = dataSource.CreateCommand("DELETE FROM idempotency_keys WHERE created_at < $1");
        forget.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow() - Lifetime });
        return await forget.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Stage:Idempotency:CleanupInterval", TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ForgetExpiredAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // An outage must not stop the service: it tries again at the next tick.
                logger.LogWarning(error, "Forgetting expired idempotency keys failed; will retry");
            }

            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}

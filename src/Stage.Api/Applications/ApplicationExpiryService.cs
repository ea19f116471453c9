namespace Stage.Api.Applications;

/// <summary>Runs <see cref="ApplicationExpiry"/> every minute (configurable: Stage:Applications:ExpiryInterval), on the clock it is given.</summary>
public sealed class ApplicationExpiryService(ApplicationExpiry expiry, TimeProvider clock, IConfiguration configuration, ILogger<ApplicationExpiryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Stage:Applications:ExpiryInterval", TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var expired = await expiry.ExpireDueAsync(stoppingToken);
                if (expired > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Expired {Count} applications left without an answer", expired);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // An outage must not stop the service: it tries again at the next tick.
                logger.LogWarning(error, "Expiring applications failed; will retry");
            }

            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}

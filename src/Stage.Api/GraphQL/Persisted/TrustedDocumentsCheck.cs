namespace Stage.Api.GraphQL.Persisted;

/// <summary>
/// Reads the trusted documents manifest when the server starts, so that a wrong manifest stops the server at once
/// instead of failing its requests; logs how many documents it trusts.
/// </summary>
public sealed class TrustedDocumentsCheck(IServiceProvider services, ILogger<TrustedDocumentsCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var trusted = services.GetRequiredService<TrustedDocuments>();
        if (trusted.Count > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("{Count} trusted documents loaded", trusted.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

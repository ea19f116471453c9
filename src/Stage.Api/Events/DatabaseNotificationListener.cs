using Microsoft.Extensions.Options;
using Npgsql;
using Stage.Api.Data;

namespace Stage.Api.Events;

/// <summary>
/// One dedicated connection per server instance that LISTENs to the event channels and hands each
/// notification to its handler. When the connection drops it reconnects with a growing delay, then
/// tells every handler to catch up on what it missed.
/// </summary>
public sealed class DatabaseNotificationListener(
    ListenerDataSource listenerSource,
    IEnumerable<IDatabaseNotificationHandler> handlers,
    IOptions<SubscriptionOptions> options,
    ILogger<DatabaseNotificationListener> logger) : BackgroundService
{
    private readonly IDatabaseNotificationHandler[] _handlers = [.. handlers];
    private readonly ILookup<string, IDatabaseNotificationHandler> _byChannel = handlers.ToLookup(h => h.Channel);
    private readonly string _channels = string.Join(", ", handlers.Select(h => h.Channel).Distinct());

    /// <summary>Whether the listening connection is up (for health checks and tests).</summary>
    public bool IsListening { get; private set; }

    /// <summary>How many times the listening connection was (re)established.</summary>
    public int Connections { get; private set; }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_handlers.Select(h => h.RunAsync(stoppingToken)).Append(ListenForeverAsync(stoppingToken)));

    private async Task ListenForeverAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.ReconnectDelayMin;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or IOException)
            {
                logger.LogWarning("The event listener lost its database connection ({Reason}); reconnecting in {Delay}.", e.Message, delay);
            }

            if (IsListening)
            {
                IsListening = false;
                delay = options.Value.ReconnectDelayMin;
            }

            await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.ReconnectDelayMax.Ticks));
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await listenerSource.DataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) =>
        {
            foreach (var handler in _byChannel[e.Channel])
            {
                handler.OnNotification(e.Payload);
            }
        };

        foreach (var channel in _byChannel.Select(g => g.Key))
        {
            await using var listen = new NpgsqlCommand($"LISTEN {channel}", connection);
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        IsListening = true;
        Connections++;
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Listening to database events on {Channels} (connection {Count}).", _channels, Connections);
        }
        foreach (var handler in _handlers)
        {
            handler.OnConnected();
        }

        while (true)
        {
            // Waiting with a timeout and probing makes a silently dead connection show up within the interval.
            if (!await connection.WaitAsync(options.Value.ListenerProbeInterval, stoppingToken))
            {
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteNonQueryAsync(stoppingToken);
            }
        }
    }
}

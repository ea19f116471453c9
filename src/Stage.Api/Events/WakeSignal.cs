using System.Threading.Channels;

namespace Stage.Api.Events;

/// <summary>Wake-up calls for a loop: any number of calls while it works make one more round, never a queue.</summary>
public sealed class WakeSignal
{
    private readonly Channel<bool> _calls = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _calls.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) => await _calls.Reader.ReadAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="round"/> after each wake-up until stopped. A failed round is reported and
    /// waits for the next wake-up (the listener wakes every feed when it reconnects).
    /// </summary>
    public async Task RunEachWakeAsync(Func<CancellationToken, Task> round, Action<Exception> failed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WaitAsync(stoppingToken);
                await round(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                failed(e);
            }
        }
    }
}

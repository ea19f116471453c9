using System.Threading.Channels;

namespace Stage.Api.Events;

/// <summary>Wake-up calls for a loop: any number of calls while it works make one more round, never a queue.</summary>
public sealed class WakeSignal
{
    private readonly Channel<bool> _calls = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _calls.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) => await _calls.Reader.ReadAsync(cancellationToken);
}

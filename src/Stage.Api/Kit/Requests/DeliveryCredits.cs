namespace Stage.Api.Kit.Requests;

/// <summary>
/// Back-pressure between a subscription and its transport: the subscription takes a credit before
/// handing an event to execution, the transport gives it back once the result is written to the
/// client. A client that stops reading stops its subscription, whose buffer then overflows.
/// </summary>
public sealed class DeliveryCredits(int window) : IDisposable
{
    private readonly SemaphoreSlim _credits = new(window, int.MaxValue);

    public Task TakeAsync(CancellationToken cancellationToken) => _credits.WaitAsync(cancellationToken);

    /// <summary>Gives a credit back; harmless once the subscription has ended.</summary>
    public void Return()
    {
        try
        {
            _credits.Release();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose() => _credits.Dispose();
}

namespace Stage.Api.Events;

/// <summary>How many event streams are open in this instance: every subscription, whatever its transport.</summary>
public sealed class ActiveSubscriptions
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    internal void Opened() => Interlocked.Increment(ref _count);

    internal void Closed() => Interlocked.Decrement(ref _count);
}

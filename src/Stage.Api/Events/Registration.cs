namespace Stage.Api.Events;

/// <summary>Undoes a registration once, however often it is disposed.</summary>
public sealed class Registration(Action undo) : IDisposable
{
    private Action? _undo = undo;

    public void Dispose() => Interlocked.Exchange(ref _undo, null)?.Invoke();
}

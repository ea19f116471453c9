using System.Threading.Channels;

namespace Stage.Api.Events;

/// <summary>
/// One subscriber's events, as the observable a GraphQL subscription field returns. When resumed
/// after a position it first replays the stored events after it, then goes live: live events that
/// arrive meanwhile wait in a bounded buffer, and any event at or before the last one delivered is
/// skipped, so nothing is lost or repeated at the hand-over. A live buffer that overflows means the
/// client reads too slowly: the stream ends with <see cref="SlowConsumerError"/>. During the replay an
/// overflow only means the replay must run once more.
/// </summary>
public sealed class EventSubscription<T> : IObservable<T>, IDisposable where T : class, IPositioned
{
    /// <summary>Events read from the store per replay query.</summary>
    public const int ReplayBatchSize = 200;

    private readonly Channel<T> _buffer;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly EventSubscriptionSource<T> _source;
    private IDisposable? _registration;
    private bool _live;
    private bool _overflowed;
    private int _subscribed;

    public EventSubscription(EventSubscriptionSource<T> source)
    {
        _source = source;
        _buffer = Channel.CreateBounded<T>(new BoundedChannelOptions(source.BufferSize)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Takes a live event; never blocks the publisher.</summary>
    public void Offer(T item)
    {
        lock (_gate)
        {
            if (_buffer.Writer.TryWrite(item) || _stop.IsCancellationRequested)
            {
                return;
            }

            if (_live)
            {
                _buffer.Writer.TryComplete(new SlowConsumerError(_source.BufferSize));
            }
            else
            {
                _overflowed = true;
            }
        }
    }

    public IDisposable Subscribe(IObserver<T> observer)
    {
        if (Interlocked.Exchange(ref _subscribed, 1) == 1)
        {
            throw new InvalidOperationException("An event stream serves one subscriber.");
        }

        _source.Counter.Opened();
        _registration = _source.Register(this);
        _ = PumpAsync(observer, _stop.Token);
        return this;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            _stop.Cancel();
            _buffer.Writer.TryComplete();
        }

        _registration?.Dispose();
        if (_subscribed == 1)
        {
            _source.Counter.Closed();
        }
    }

    private async Task PumpAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        try
        {
            var last = await ReplayAsync(observer, cancellationToken);
            await foreach (var item in _buffer.Reader.ReadAllAsync(cancellationToken))
            {
                if (item.Position > last)
                {
                    await DeliverAsync(observer, item, cancellationToken);
                    last = item.Position;
                }
            }

            if (!cancellationToken.IsCancellationRequested)
            {
                observer.OnCompleted();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ChannelClosedException closed) when (closed.InnerException is SlowConsumerError slow)
        {
            observer.OnError(slow);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            observer.OnError(e);
        }
    }

    /// <summary>Replays the stored events after the start position (if any); returns the last position delivered.</summary>
    private async Task<long> ReplayAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        if (_source.After is not { } last || _source.Replay is null)
        {
            lock (_gate)
            {
                _live = true;
            }

            return long.MinValue;
        }

        while (true)
        {
            IReadOnlyList<T> batch;
            do
            {
                batch = await _source.Replay(last, ReplayBatchSize, cancellationToken);
                foreach (var item in batch)
                {
                    await DeliverAsync(observer, item, cancellationToken);
                    last = item.Position;
                }
            }
            while (batch.Count == ReplayBatchSize);

            lock (_gate)
            {
                if (!_overflowed)
                {
                    _live = true;
                    return last;
                }

                _overflowed = false;
                while (_buffer.Reader.TryRead(out _))
                {
                }
            }
        }
    }

    private async Task DeliverAsync(IObserver<T> observer, T item, CancellationToken cancellationToken)
    {
        if (_source.Deliverable is { } deliverable && !deliverable(item))
        {
            return;
        }

        if (_source.Credits is { } credits)
        {
            await credits.TakeAsync(cancellationToken);
        }

        observer.OnNext(item);
    }
}

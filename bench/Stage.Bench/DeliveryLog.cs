using System.Diagnostics;
using System.Text.Json;

namespace Stage.Bench;

/// <summary>
/// Every status change of a run and what became of it: when its mutation was sent and answered (and
/// whether it succeeded), and when its subscriber received the event (Stopwatch timestamps of this
/// process). Change <c>k</c> is made on application <c>k % Active</c>: the first pass marks the
/// applications read, the second accepts them, so each change has exactly one expected event.
/// Written from many threads; read once at the end.
/// </summary>
public sealed class DeliveryLog : ISubscriptionSink
{
    /// <summary>Each subscriber follows its own application, resumed after the last event before the run.</summary>
    public const string Subscription =
        "subscription($id: ID!, $after: String) { applicationStatusChanged(applicationId: $id, after: $after) { cursor to } }";

    public const string ReadStatus = "READ";
    public const string AcceptedStatus = "ACCEPTED_BY_EMPLOYER";
    private const int KeptErrors = 5;

    private readonly long[] _sent;
    private readonly long[] _answered;
    private readonly long[] _received;
    private readonly bool[] _failed;
    private readonly List<string> _errors = [];
    private long _duplicates;
    private long _delivered;
    private long _unexpected;

    public DeliveryLog(int changes, int subscribers)
    {
        Changes = changes;
        Active = Math.Min(subscribers, (changes + 1) / 2);
        _sent = new long[changes];
        _answered = new long[changes];
        _received = new long[changes];
        _failed = new bool[changes];
    }

    public int Changes { get; }

    /// <summary>How many applications (the first ones) the changes go to.</summary>
    public int Active { get; }

    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Events no change of this run explains (another application's, or another status).</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    public IReadOnlyList<string> FirstErrors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Events still awaited: one per change whose mutation was answered without error, minus those received.</summary>
    public long Pending => Enumerable.Range(0, Changes).Count(k => _answered[k] != 0 && !_failed[k]) - Interlocked.Read(ref _delivered);

    public static int ApplicationOf(int change, int active) => change % active;

    public bool IsAccept(int change) => change >= Active;

    public void Sent(int change) => _sent[change] = Stopwatch.GetTimestamp();

    public void Answered(int change, string? error)
    {
        _answered[change] = Stopwatch.GetTimestamp();
        if (error is not null)
        {
            _failed[change] = true;
            Error($"change {change}: {error}");
        }
    }

    public void Received(int subscriber, JsonElement data) =>
        Received(subscriber, data.GetProperty("applicationStatusChanged").GetProperty("to").GetString());

    /// <summary>Subscriber <paramref name="subscriber"/> received an event with status <paramref name="to"/>.</summary>
    public void Received(int subscriber, string? to)
    {
        var now = Stopwatch.GetTimestamp();
        var change = to switch
        {
            ReadStatus when subscriber < Active => subscriber,
            AcceptedStatus when Active + subscriber < Changes => Active + subscriber,
            _ => -1,
        };
        if (change < 0)
        {
            Interlocked.Increment(ref _unexpected);
            Error($"subscriber {subscriber}: unexpected event to {to}");
        }
        else if (Interlocked.CompareExchange(ref _received[change], now, 0) != 0)
        {
            Interlocked.Increment(ref _duplicates);
        }
        else
        {
            Interlocked.Increment(ref _delivered);
        }
    }

    public void Error(string error)
    {
        lock (_errors)
        {
            if (_errors.Count < KeptErrors)
            {
                _errors.Add(error);
            }
        }
    }

    /// <summary>The figures of the run, once every change has been answered and the grace period is over.</summary>
    public DeliveryResult Result()
    {
        var succeeded = Enumerable.Range(0, Changes).Where(k => _sent[k] != 0 && _answered[k] != 0 && !_failed[k]).ToArray();
        var delivered = succeeded.Where(k => _received[k] != 0).ToArray();
        var mutations = Sorted(succeeded.Select(k => Ms(_sent[k], _answered[k])));
        var afterAnswer = Sorted(delivered.Select(k => Ms(_answered[k], _received[k])));
        var afterSend = Sorted(delivered.Select(k => Ms(_sent[k], _received[k])));
        return new DeliveryResult(
            Changes: Changes,
            MutationFailures: Changes - succeeded.Length,
            Expected: succeeded.Length,
            Received: delivered.Length,
            Lost: succeeded.Length - delivered.Length,
            Duplicates: Duplicates,
            Unexpected: Unexpected,
            BeforeAnswer: afterAnswer.Count(ms => ms < 0),
            Mutation: Percentiles.Of(mutations),
            AfterAnswer: Percentiles.Of(afterAnswer),
            AfterSend: Percentiles.Of(afterSend),
            FirstErrors: FirstErrors);
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static double[] Sorted(IEnumerable<double> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        return array;
    }
}

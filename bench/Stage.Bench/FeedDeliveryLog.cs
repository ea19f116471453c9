using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Stage.Bench;

/// <summary>Every delivery of a run: which subscriber got which offer, when (Stopwatch timestamps), and how often.</summary>
public sealed class FeedDeliveryLog(int subscribers) : ISubscriptionSink
{
    private const int KeptErrors = 5;
    private readonly ConcurrentDictionary<long, long>[] _received = [.. Enumerable.Range(0, subscribers).Select(_ => new ConcurrentDictionary<long, long>())];
    private readonly List<string> _errors = [];
    private long _count;
    private long _duplicates;

    /// <summary>Deliveries so far, all subscribers together.</summary>
    public long Count => Interlocked.Read(ref _count);

    public void Received(int subscriber, JsonElement data)
    {
        var now = Stopwatch.GetTimestamp();
        var change = data.GetProperty("offersPublished");
        if (change.GetProperty("kind").GetString() != "PUBLISHED")
        {
            Error($"subscriber {subscriber}: unexpected {change.GetRawText()}");
            return;
        }

        Interlocked.Increment(ref _count);
        if (!_received[subscriber].TryAdd(OfferFeedBenchmark.OfferId(change.GetProperty("offerId").GetString()!), now))
        {
            Interlocked.Increment(ref _duplicates);
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

    /// <summary>Compares what each subscriber received with what it should have, and times each expected delivery from its commit.</summary>
    public FeedDelivery Result(HashSet<long>[] expected, IReadOnlyDictionary<long, long> committed)
    {
        var latencies = new List<double>();
        long expectedCount = 0, lost = 0, unexpected = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            expectedCount += expected[i].Count;
            foreach (var offerId in expected[i])
            {
                if (_received[i].TryGetValue(offerId, out var at))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(committed[offerId], at).TotalMilliseconds);
                }
                else
                {
                    lost++;
                    Error($"subscriber {i}: offer {offerId} lost");
                }
            }

            foreach (var offerId in _received[i].Keys.Where(id => committed.ContainsKey(id) && !expected[i].Contains(id)))
            {
                unexpected++;
                Error($"subscriber {i}: offer {offerId} not expected");
            }
        }

        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        List<string> errors;
        lock (_errors)
        {
            errors = [.. _errors];
        }

        return new FeedDelivery(expectedCount, latencies.Count, lost, Interlocked.Read(ref _duplicates), unexpected,
            Math.Round(committed.Count == 0 ? 0 : (double)expectedCount / committed.Count, 2), Percentiles.Of(sorted), errors);
    }
}

/// <summary>Deliveries expected (subscriber x offer), received, lost, duplicated, unexpected; subscribers per offer; latency from the commit.</summary>
public sealed record FeedDelivery(
    long Expected, long Received, long Lost, long Duplicates, long Unexpected, double SubscribersPerOffer, Percentiles CommitToEvent,
    IReadOnlyList<string> FirstErrors);

namespace Stage.Bench;

/// <summary>Latency percentiles in milliseconds (nearest rank), as <see cref="LatencyStats.Percentile"/> computes them.</summary>
public sealed record Percentiles(double P50Ms, double P90Ms, double P99Ms, double MaxMs)
{
    public static Percentiles Of(double[] sorted) => new(
        Round(LatencyStats.Percentile(sorted, 0.50)),
        Round(LatencyStats.Percentile(sorted, 0.90)),
        Round(LatencyStats.Percentile(sorted, 0.99)),
        Round(sorted.Length > 0 ? sorted[^1] : double.NaN));

    private static double Round(double value) => double.IsNaN(value) ? value : Math.Round(value, 2);
}

/// <summary>
/// What a run delivered: events expected (one per successful mutation), received, lost, received twice,
/// unexplained; how many arrived before their mutation's answer; the mutations' own latency; and the delivery
/// latency from the mutation's answer and from its sending.
/// </summary>
public sealed record DeliveryResult(
    int Changes,
    int MutationFailures,
    int Expected,
    int Received,
    int Lost,
    long Duplicates,
    long Unexpected,
    int BeforeAnswer,
    Percentiles Mutation,
    Percentiles AfterAnswer,
    Percentiles AfterSend,
    IReadOnlyList<string> FirstErrors);

/// <summary>Everything a run of <c>./stage bench subscriptions</c> measured, as written to <c>bench-results/subscriptions-*.json</c>.</summary>
public sealed record SubscriptionReport(
    string Benchmark,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    MachineInfo Machine,
    VersionInfo Versions,
    SubscriptionSettings Settings,
    OpeningResult Opening,
    DeliveryResult Delivery,
    ScheduleResult Schedule,
    MemoryResult ServerMemory,
    double OtherCpuShare,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Every subscriber opened and stayed up, every mutation succeeded, every event arrived once and only once.</summary>
    public bool Passed => Opening.Failures == 0 && Opening.FailedLater == 0 && Delivery.MutationFailures == 0
        && Delivery.Lost == 0 && Delivery.Duplicates == 0 && Delivery.Unexpected == 0;
}

public sealed record SubscriptionSettings(
    int Subscribers, int Rate, double DurationSeconds, int Changes, int ActiveApplications, int OpenConcurrency, int MaxInFlight,
    double GraceSeconds, string Database);

/// <summary>Opening the subscribers: how long it took, how many failed to open, how many failed during the run.</summary>
public sealed record OpeningResult(int Opened, int Failures, int FailedLater, double Seconds, double PerSecond);

/// <summary>The mutations' schedule: the rate asked, the rate achieved, the largest slip behind schedule.</summary>
public sealed record ScheduleResult(int Rate, double AchievedRate, double MaxSlipMs);

/// <summary>
/// The API process's memory in MiB at four moments: started, with every subscriber open, after the load,
/// after the subscribers closed. Resident memory (and its peak), and the live managed heap (null when
/// dotnet-gcdump is not installed); what each open subscriber added to both.
/// </summary>
public sealed record MemoryResult(MemoryPoint Started, MemoryPoint WithSubscribers, MemoryPoint AfterLoad, MemoryPoint AfterClose, double PeakRssMiB)
{
    public double RssKiBPerSubscriber(int subscribers) => Math.Round((WithSubscribers.RssMiB - Started.RssMiB) * 1024 / Math.Max(1, subscribers), 1);

    public double? HeapKiBPerSubscriber(int subscribers) =>
        WithSubscribers.ManagedHeapMiB - Started.ManagedHeapMiB is { } grown ? Math.Round(grown * 1024 / Math.Max(1, subscribers), 1) : null;
}

/// <summary>The API process's resident memory and live managed heap at one moment, in MiB.</summary>
public sealed record MemoryPoint(double RssMiB, double? ManagedHeapMiB)
{
    /// <summary>Resident memory first: the snapshot of the managed heap collects garbage.</summary>
    public static async Task<MemoryPoint> TakeAsync(int pid, CancellationToken cancellationToken)
    {
        var rss = ProcessMemory.Of(pid).RssMiB;
        return new MemoryPoint(rss, await ManagedHeap.LiveMiBAsync(pid, cancellationToken));
    }
}

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
/// unexplained; the mutations' own latency; and the delivery latency from the mutation's answer and from its sending.
/// </summary>
public sealed record DeliveryResult(
    int Changes,
    int MutationFailures,
    int Expected,
    int Received,
    int Lost,
    long Duplicates,
    long Unexpected,
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
/// The API process's resident memory in MiB: started, with every subscriber open, after the load, after
/// the subscribers closed; its peak; and what each open subscriber added.
/// </summary>
public sealed record MemoryResult(double StartedMiB, double WithSubscribersMiB, double AfterLoadMiB, double AfterCloseMiB, double PeakMiB, double KiBPerSubscriber);

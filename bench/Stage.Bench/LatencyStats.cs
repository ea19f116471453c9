namespace Stage.Bench;

/// <summary>
/// The figures of one measurement: throughput and latency percentiles (nearest rank) in milliseconds, and
/// the share of the machine's CPUs other processes took meanwhile (should be near 0); the CPU milliseconds per request of
/// the API process (NaN for the floor), of the PostgreSQL backends and of the load generator.
/// </summary>
public sealed record LatencyStats(
    long Requests,
    long Failures,
    double Seconds,
    double RequestsPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MeanMs,
    double MaxMs,
    double OtherCpuShare,
    IReadOnlyList<string> FirstErrors,
    double ServerCpuMsPerRequest = double.NaN,
    double DatabaseCpuMsPerRequest = double.NaN,
    double GeneratorCpuMsPerRequest = double.NaN)
{
    public static LatencyStats From(LoadSample sample)
    {
        var sorted = sample.LatenciesMs;
        var seconds = sample.Elapsed.TotalSeconds;
        return new LatencyStats(
            Requests: sorted.Length,
            Failures: sample.Failures,
            Seconds: Math.Round(seconds, 3),
            RequestsPerSecond: Math.Round(seconds > 0 ? sorted.Length / seconds : 0, 1),
            P50Ms: Round(Percentile(sorted, 0.50)),
            P90Ms: Round(Percentile(sorted, 0.90)),
            P99Ms: Round(Percentile(sorted, 0.99)),
            MeanMs: Round(sorted.Length > 0 ? sorted.Average() : double.NaN),
            MaxMs: Round(sorted.Length > 0 ? sorted[^1] : double.NaN),
            OtherCpuShare: sample.OtherCpuShare,
            FirstErrors: sample.FirstErrors,
            ServerCpuMsPerRequest: sample.ServerCpuMs,
            DatabaseCpuMsPerRequest: sample.DatabaseCpuMs,
            GeneratorCpuMsPerRequest: sample.GeneratorCpuMs);
    }

    /// <summary>
    /// One figure per measure from several rounds of the same measurement: the requests, failures and seconds add up, every
    /// other figure is the median of the rounds' (the mean of the middle two for an even count).
    /// </summary>
    public static LatencyStats Median(IReadOnlyList<LatencyStats> rounds)
    {
        if (rounds.Count == 1)
        {
            return rounds[0];
        }

        double Of(Func<LatencyStats, double> figure)
        {
            var values = rounds.Select(figure).Order().ToArray();
            var middle = values.Length / 2;
            return Round(values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2);
        }

        return new LatencyStats(
            Requests: rounds.Sum(r => r.Requests),
            Failures: rounds.Sum(r => r.Failures),
            Seconds: Round(rounds.Sum(r => r.Seconds)),
            RequestsPerSecond: Math.Round(Of(r => r.RequestsPerSecond), 1),
            P50Ms: Of(r => r.P50Ms),
            P90Ms: Of(r => r.P90Ms),
            P99Ms: Of(r => r.P99Ms),
            MeanMs: Of(r => r.MeanMs),
            MaxMs: rounds.Max(r => r.MaxMs),
            OtherCpuShare: Of(r => r.OtherCpuShare),
            FirstErrors: [.. rounds.SelectMany(r => r.FirstErrors).Take(5)],
            ServerCpuMsPerRequest: Of(r => r.ServerCpuMsPerRequest),
            DatabaseCpuMsPerRequest: Of(r => r.DatabaseCpuMsPerRequest),
            GeneratorCpuMsPerRequest: Of(r => r.GeneratorCpuMsPerRequest));
    }

    /// <summary>The smallest value with at least <paramref name="fraction"/> of the values at or below it.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static double Round(double value) => double.IsNaN(value) ? value : Math.Round(value, 3);
}

/// <summary>Each case's measurements of one side, a round after another (see <see cref="LatencyStats.Median"/>).</summary>
public sealed class MeasuredRounds
{
    private readonly Dictionary<string, List<LatencyStats>> _byCase = [];

    public void Add(string caseKey, LatencyStats stats)
    {
        if (!_byCase.TryGetValue(caseKey, out var rounds))
        {
            _byCase[caseKey] = rounds = [];
        }

        rounds.Add(stats);
    }

    /// <summary>The case's rounds, in order; null when it was not measured on this side.</summary>
    public IReadOnlyList<LatencyStats>? Of(string caseKey) => _byCase.GetValueOrDefault(caseKey);
}

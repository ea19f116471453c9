namespace Stage.Bench;

/// <summary>Everything a run measured, as written to <c>bench-results/search-*.json</c>.</summary>
public sealed record BenchReport(
    string Benchmark,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    MachineInfo Machine,
    VersionInfo Versions,
    BenchSettings Settings,
    IReadOnlyList<CaseResult> Cases,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<string> Warnings,
    PeerReport? Peer = null)
{
    public long Failures => Cases.Sum(c => c.Api.Failures + (c.Floor?.Failures ?? 0)) + (Peer?.Failures ?? 0);
}

/// <summary>
/// One case on one database: the API over HTTP and the floor (its SQL through Npgsql), as medians of the rounds, each
/// round's figures beside them; <c>FloorSql</c> is the statements of the first parameter set.
/// </summary>
public sealed record CaseResult(
    string Key,
    string Title,
    string Database,
    long Offers,
    int ParameterSets,
    LatencyStats Api,
    LatencyStats? Floor,
    IReadOnlyList<string> FloorSql,
    IReadOnlyList<LatencyStats> ApiRounds,
    IReadOnlyList<LatencyStats> FloorRounds)
{
    /// <summary>API p50 / floor p50: what HTTP, GraphQL and the API's own code add to the database's work.</summary>
    public double? ApiToFloorP50 => Floor is { P50Ms: > 0 } floor ? Math.Round(Api.P50Ms / floor.P50Ms, 2) : null;
}

public sealed record TargetResult(string Name, double Value, string Comparison, double Limit, bool Met);

public sealed record BenchSettings(
    int Rounds,
    double ServerWarmupSeconds,
    double DurationSeconds,
    double WarmupSeconds,
    double SmallDurationSeconds,
    int Concurrency,
    long MaxRequests,
    long LargeOffers,
    long SmallOffers,
    string LargeDatabase,
    string SmallDatabase,
    int ParameterSets,
    int DeepPageFilters,
    int Seed);

/// <summary>The machine; the load averages (1, 5, 15 min) show whether something else ran during the benchmark.</summary>
public sealed record MachineInfo(
    int Nproc, long MemoryTotalBytes, string CpuModel, string Os, string Kernel, string LoadAverageAtStart, string LoadAverageAtEnd);

public sealed record VersionInfo(string PostgreSql, string PostGis, string DotNet, string GraphQLNet, string Npgsql);

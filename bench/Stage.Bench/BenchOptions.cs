using System.Globalization;

namespace Stage.Bench;

/// <summary>
/// The command line of <c>./stage bench search</c>: which benchmark, how long, how hard, and where the
/// database server, the API binary and the results are.
/// </summary>
public sealed record BenchOptions(
    string Benchmark,
    string ConnectionString,
    string ApiAssembly,
    string OutputFolder,
    TimeSpan Duration,
    TimeSpan Warmup,
    TimeSpan SmallDuration,
    int Concurrency,
    long MaxRequests,
    int LargeOffers,
    int SmallOffers,
    int ExplainSets,
    string? Peer = null,
    IReadOnlySet<string>? Cases = null,
    string? LargeDatabaseName = null,
    int Rounds = 2,
    TimeSpan? ServerWarmupOrDefault = null)
{
    /// <summary>
    /// Unmeasured load after each start of a server (Stage's API, the peer), spread over its cases, so that its JIT has
    /// settled before the first measurement: a fresh .NET process is still compiling its hot paths for half a minute.
    /// </summary>
    public TimeSpan ServerWarmup => ServerWarmupOrDefault ?? TimeSpan.FromSeconds(20);

    /// <summary>The cases' keys, in the order they run.</summary>
    public static readonly IReadOnlyList<string> CaseKeys = ["a", "a-10k", "b", "c", "d1", "d", "e", "w", "p"];

    public const string Usage = """
        Usage: ./stage bench search [options]
          --duration S        seconds measured per case and side (default 15)
          --warmup S          seconds of warm-up before each measurement (default 3)
          --server-warmup S   seconds of unmeasured load over all cases after each start of a server, so that its JIT
                              has settled (default 20)
          --rounds N          measure everything N times (each round restarts the servers); the figures are the
                              medians of the rounds, each round is kept in the JSON (default 2)
          --small-duration S  seconds measured for case (a) on the 10k database (default 5)
          --concurrency N     requests in flight (default 16)
          --max-requests N    stop a measurement after N requests (default 1000000)
          --offers N          offers in the large database (default 1000000; another size gets its own database)
          --database NAME     the large database's name (default stage_bench, or stage_bench_N for another size), e.g. a
                              copy of stage_bench for a branch whose migrations others' code cannot read yet
          --small-offers N    offers in the small database (default 10000)
          --connection CS     the server (the database name is replaced); default: the project's cluster
          --api PATH          the built Stage.Api.dll (default: src/Stage.Api/bin/Release/net10.0)
          --output DIR        where the JSON goes (default: bench-results)
          --explain N         measure nothing: print EXPLAIN ANALYZE of each case's SQL for N parameter sets
          --cases K,K         run only these cases (keys: a, a-10k, b, c, d1, d, e, w, p; default: all)
          --peer postgraphile also run the cases through PostGraphile 4 on the same database (bench/peer) and
                              print Stage/PostGraphile ratios; both must give the same answers first
        """;

    /// <summary>The project's cluster (<c>./stage db start</c>); the database name is replaced.</summary>
    internal const string DefaultServer = "Host=127.0.0.1;Port=54329;Username=postgres;Database=postgres";

    private const int DefaultLargeOffers = 1_000_000;
    private const int DefaultSmallOffers = 10_000;

    /// <summary>The large database: <c>stage_bench</c> at the default size, so that another size never replaces it.</summary>
    public string LargeDatabase => LargeDatabaseName ?? (LargeOffers == DefaultLargeOffers ? "stage_bench" : $"stage_bench_{LargeOffers}");

    public string SmallDatabase => SmallOffers == DefaultSmallOffers ? "stage_bench_10k" : $"stage_bench_small_{SmallOffers}";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var root = RepositoryRoot();
        var options = new BenchOptions(
            Benchmark: "search",
            ConnectionString: DefaultServer,
            ApiAssembly: Path.Combine(root, "src", "Stage.Api", "bin", "Release", "net10.0", "Stage.Api.dll"),
            OutputFolder: Path.Combine(root, "bench-results"),
            Duration: TimeSpan.FromSeconds(15),
            Warmup: TimeSpan.FromSeconds(3),
            SmallDuration: TimeSpan.FromSeconds(5),
            Concurrency: 16,
            MaxRequests: 1_000_000,
            LargeOffers: DefaultLargeOffers,
            SmallOffers: DefaultSmallOffers,
            ExplainSets: 0);

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            options = arg switch
            {
                "--duration" => options with { Duration = Seconds(Value(args, ref i)) },
                "--warmup" => options with { Warmup = Seconds(Value(args, ref i), allowZero: true) },
                "--server-warmup" => options with { ServerWarmupOrDefault = Seconds(Value(args, ref i), allowZero: true) },
                "--rounds" => options with { Rounds = (int)Number(Value(args, ref i), arg, 1, 9) },
                "--small-duration" => options with { SmallDuration = Seconds(Value(args, ref i)) },
                "--concurrency" => options with { Concurrency = (int)Number(Value(args, ref i), arg, 1, 1024) },
                "--max-requests" => options with { MaxRequests = Number(Value(args, ref i), arg, 1, 100_000_000) },
                "--offers" => options with { LargeOffers = (int)Number(Value(args, ref i), arg, 1_000, 10_000_000) },
                "--small-offers" => options with { SmallOffers = (int)Number(Value(args, ref i), arg, 1_000, 1_000_000) },
                "--connection" => options with { ConnectionString = Value(args, ref i) },
                "--api" => options with { ApiAssembly = Path.GetFullPath(Value(args, ref i)) },
                "--explain" => options with { ExplainSets = (int)Number(Value(args, ref i), arg, 1, 30) },
                "--peer" => options with { Peer = PeerServer.Parse(Value(args, ref i)) },
                "--cases" => options with { Cases = CaseSet(Value(args, ref i)) },
                "--database" => options with { LargeDatabaseName = Value(args, ref i) },
                "--output" => options with { OutputFolder = Path.GetFullPath(Value(args, ref i)) },
                _ when !arg.StartsWith('-') && i == 0 => options with { Benchmark = arg },
                _ => throw new ArgumentException($"Unknown option '{arg}'."),
            };
        }

        return options.Benchmark == "search"
            ? options
            : throw new ArgumentException($"Unknown benchmark '{options.Benchmark}': 'search' or 'subscriptions'.");
    }

    /// <summary>Whether the run measures the case with this key.</summary>
    public bool Runs(string key) => Cases is null || Cases.Contains(key);

    private static HashSet<string> CaseSet(string text)
    {
        var keys = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = keys.Where(k => !CaseKeys.Contains(k)).ToList();
        return keys.Count > 0 && unknown.Count == 0
            ? keys
            : throw new ArgumentException($"--cases takes keys among {string.Join(", ", CaseKeys)}, not '{text}'.");
    }

    internal static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    internal static TimeSpan Seconds(string text, bool allowZero = false) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
        && (seconds > 0 || (allowZero && seconds == 0)) && seconds <= 3600
            ? TimeSpan.FromSeconds(seconds)
            : throw new ArgumentException($"'{text}' is not a number of seconds (0 to 3600).");

    internal static long Number(string text, string flag, long min, long max) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{flag} needs a whole number from {min} to {max}, not '{text}'.");

    /// <summary>The folder holding Stage.sln, found upwards from the binary (or the working folder).</summary>
    internal static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Stage.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

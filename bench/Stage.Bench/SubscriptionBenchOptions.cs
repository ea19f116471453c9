namespace Stage.Bench;

/// <summary>
/// The command line of <c>./stage bench subscriptions</c>: how many WebSocket subscribers, how many
/// status changes per second and for how long, and where the server, the API binary and the results are.
/// </summary>
public sealed record SubscriptionBenchOptions(
    string ConnectionString,
    string ApiAssembly,
    string OutputFolder,
    int Subscribers,
    int Rate,
    TimeSpan Duration,
    int OpenConcurrency,
    int MaxInFlight,
    TimeSpan Grace,
    bool OfferFeed = false)
{
    public const string Benchmark = "subscriptions";
    public const string Database = "stage_bench_subscriptions";

    public const string Usage = """
        Usage: ./stage bench subscriptions [--offers] [options]
          --offers             the offersPublished case: each subscriber with its own random filter and radius, M offers
                               published per second (default 50) by SQL; delivery latency from the commit, lost,
                               duplicated (checked against offers(...) with each subscriber's arguments), API CPU per offer
          --subscribers N      WebSocket subscribers, one application each (default 10000)
          --rate M             status changes per second driven through the API's mutations (default 200)
          --duration S         seconds of changes (default 30); rate x duration is at most 2 x subscribers,
                               since each application is first marked read, then accepted
          --open-concurrency N subscribers being opened at once (default 32)
          --max-in-flight N    mutations awaiting their answer at once; past it the schedule slips (default 64)
          --grace S            seconds to wait for the last events after the last change (default 15)
          --connection CS      the server (the database name is replaced); default: the project's cluster
          --api PATH           the built Stage.Api.dll (default: src/Stage.Api/bin/Release/net10.0)
          --output DIR         where the JSON goes (default: bench-results)
        """;

    /// <summary>The status changes of the run: <see cref="Rate"/> per second for <see cref="Duration"/>.</summary>
    public int Changes => (int)Math.Round(Rate * Duration.TotalSeconds);

    public static SubscriptionBenchOptions Parse(IReadOnlyList<string> args)
    {
        var root = BenchOptions.RepositoryRoot();
        var options = new SubscriptionBenchOptions(
            ConnectionString: BenchOptions.DefaultServer,
            ApiAssembly: Path.Combine(root, "src", "Stage.Api", "bin", "Release", "net10.0", "Stage.Api.dll"),
            OutputFolder: Path.Combine(root, "bench-results"),
            Subscribers: 10_000,
            Rate: 200,
            Duration: TimeSpan.FromSeconds(30),
            OpenConcurrency: 32,
            MaxInFlight: 64,
            Grace: TimeSpan.FromSeconds(15));

        var rateGiven = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            rateGiven |= arg == "--rate";
            options = arg switch
            {
                "--offers" => options with { OfferFeed = true },
                "--subscribers" => options with { Subscribers = (int)BenchOptions.Number(BenchOptions.Value(args, ref i), arg, 1, 60_000) },
                "--rate" => options with { Rate = (int)BenchOptions.Number(BenchOptions.Value(args, ref i), arg, 1, 10_000) },
                "--duration" => options with { Duration = BenchOptions.Seconds(BenchOptions.Value(args, ref i)) },
                "--open-concurrency" => options with { OpenConcurrency = (int)BenchOptions.Number(BenchOptions.Value(args, ref i), arg, 1, 1024) },
                "--max-in-flight" => options with { MaxInFlight = (int)BenchOptions.Number(BenchOptions.Value(args, ref i), arg, 1, 1024) },
                "--grace" => options with { Grace = BenchOptions.Seconds(BenchOptions.Value(args, ref i)) },
                "--connection" => options with { ConnectionString = BenchOptions.Value(args, ref i) },
                "--api" => options with { ApiAssembly = Path.GetFullPath(BenchOptions.Value(args, ref i)) },
                "--output" => options with { OutputFolder = Path.GetFullPath(BenchOptions.Value(args, ref i)) },
                _ => throw new ArgumentException($"Unknown option '{arg}'."),
            };
        }

        if (options.OfferFeed)
        {
            options = rateGiven ? options : options with { Rate = 50 };
            return options.Changes >= 1 ? options : throw new ArgumentException("No offer to publish: rate x duration is 0.");
        }

        return options.Changes is >= 1 && options.Changes <= 2 * options.Subscribers
            ? options
            : throw new ArgumentException(
                $"{options.Changes} changes (rate x duration) do not fit: between 1 and 2 x subscribers ({2 * options.Subscribers}).");
    }
}

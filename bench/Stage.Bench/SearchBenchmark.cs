using System.Globalization;
using Stage.Api.Offers.Search;

namespace Stage.Bench;

/// <summary>
/// <c>./stage bench search</c> from start to end: prepare both databases and every request, measure each
/// case through the API (a separate process), then through its SQL alone (the floor), then report.
/// The API and the floor never run at the same time, and the API is stopped before the floor runs.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>Above this share of the CPUs taken by other processes, a measurement is flagged as disturbed.</summary>
    private const double OtherCpuLimit = 0.10;

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var warnings = new List<string>();
        var loadAtStart = MachineProbe.LoadAverage();
        if (await MachineProbe.BusyWarningAsync(cancellationToken) is { } busy)
        {
            warnings.Add(busy);
        }

        var large = await BenchDatabase.PrepareAsync(options.ConnectionString, options.LargeDatabase, options.LargeOffers, cancellationToken);
        var runsSmall = options.Runs("a-10k");
        var small = runsSmall ? await BenchDatabase.PrepareAsync(options.ConnectionString, options.SmallDatabase, options.SmallOffers, cancellationToken) : large;

        await using var largeFloor = new SqlFloor(large, options.Concurrency);
        await using var smallFloor = new SqlFloor(small, options.Concurrency);
        var versions = await MachineProbe.VersionsAsync(largeFloor, cancellationToken);
        var postmaster = CpuAccounting.Postmaster(await largeFloor.ScalarAsync<string>("SHOW data_directory", cancellationToken));
        var floorCpu = new CpuAccounting([Environment.ProcessId], postmaster);
        if (postmaster is null)
        {
            Log.Warn("the PostgreSQL server's process is not visible here: other processes' CPU use is not measured");
        }

        Log.Step("preparing the requests");
        var draws = SearchCases.Draws();
        var walk = CursorWalk.For(options.LargeOffers);
        List<SearchDraw> deepFilters = options.Runs("d") || options.Runs("d1")
            ? await walk.ChooseAsync(largeFloor, new Random(SearchDraws.Seed + 4), cancellationToken)
            : [];
        var deepStatements = new List<OfferStatement>();
        foreach (var filter in options.Runs("d") ? deepFilters : [])
        {
            deepStatements.Add(await walk.SqlPageAsync(largeFloor, filter, cancellationToken));
        }

        var largeName = options.LargeDatabase;
        var cases = new List<BenchCase>
        {
            SearchCases.Radius("a", largeName, options.LargeOffers, draws),
            SearchCases.ByStartDate(largeName, options.LargeOffers, draws),
        };
        if (options.Runs("c"))
        {
            cases.Add(await SearchCases.ByIdAsync(largeFloor, largeName, options.LargeOffers, cancellationToken));
        }

        cases.Add(SearchCases.FirstPage(largeName, options.LargeOffers, deepFilters));
        cases.RemoveAll(c => !options.Runs(c.Key));
        var fullText = SearchCases.FullText(largeName, options.LargeOffers);
        var smallRadius = SearchCases.Radius("a-10k", options.SmallDatabase, options.SmallOffers, draws);

        var peer = options.Peer is null ? null
            : new PeerBenchmark(options.Peer, draws, await SearchCases.OfferIdsAsync(largeFloor, cancellationToken), deepFilters, walk);
        var settings = new LoadSettings(options.Concurrency, options.Warmup, options.Duration, options.MaxRequests);
        var smallSettings = settings with { Duration = options.SmallDuration };
        var apiRounds = new MeasuredRounds();
        var floorRounds = new MeasuredRounds();
        for (var round = 1; round <= options.Rounds; round++)
        {
            if (options.Rounds > 1)
            {
                Log.Step($"round {round} of {options.Rounds}");
            }

            await using (var api = await StartApiAsync(options, large, cancellationToken))
            using (var http = new GraphQLHttp(api.Endpoint, options.Concurrency))
            {
                if (round == 1)
                {
                    if (options.Runs("d"))
                    {
                        Log.Step($"walking pages 1 to {walk.TargetPage - 1} of {deepFilters.Count} filters through the API");
                        var deepBodies = new List<byte[]>();
                        foreach (var filter in deepFilters)
                        {
                            deepBodies.Add(await walk.ApiBodyAsync(http, filter, cancellationToken));
                        }

                        cases.Add(SearchCases.DeepPage(largeName, options.LargeOffers, walk, deepBodies, deepStatements));
                    }

                    cases.Add(fullText);
                    cases.Add(SearchCases.Widget(largeName, options.LargeOffers, draws));
                    cases.Add(SearchCases.Places(largeName, options.LargeOffers));
                    cases.RemoveAll(c => !options.Runs(c.Key));

                    foreach (var benchCase in cases)
                    {
                        warnings.AddRange(await ConsistencyCheck.RunAsync(benchCase, http, largeFloor, cancellationToken));
                    }

                    if (peer is not null)
                    {
                        await peer.RecordStageAsync(cases, http, cancellationToken);
                    }
                }

                largeFloor.CloseIdleConnections();
                smallFloor.CloseIdleConnections();
                await LoadLoop.WarmUpAsync("the API", options.Concurrency, options.ServerWarmup, [.. cases.Select(c => (Func<long, CancellationToken, Task<string?>>)((i, ct) => http.SendAsync(c.Body(i), ct)))], cancellationToken);
                var apiCpu = new CpuAccounting([Environment.ProcessId, api.ProcessId], postmaster, api.ProcessId);
                foreach (var benchCase in cases)
                {
                    apiRounds.Add(benchCase.Key, await MeasureApiAsync(benchCase, http, apiCpu, settings, cancellationToken));
                }
            }

            if (peer is not null)
            {
                await peer.MeasureAsync(large, settings, options.ServerWarmup, postmaster, cancellationToken);
            }

            if (runsSmall)
            {
                await using (var api = await StartApiAsync(options, small, cancellationToken))
                using (var http = new GraphQLHttp(api.Endpoint, options.Concurrency))
                {
                    if (round == 1)
                    {
                        warnings.AddRange(await ConsistencyCheck.RunAsync(smallRadius, http, smallFloor, cancellationToken));
                        if (peer is not null)
                        {
                            await peer.RecordStageAsync([smallRadius], http, cancellationToken);
                        }
                    }

                    largeFloor.CloseIdleConnections();
                    smallFloor.CloseIdleConnections();
                    await LoadLoop.WarmUpAsync("the API", options.Concurrency, options.ServerWarmup, [(i, ct) => http.SendAsync(smallRadius.Body(i), ct)], cancellationToken);
                    var apiCpu = new CpuAccounting([Environment.ProcessId, api.ProcessId], postmaster, api.ProcessId);
                    apiRounds.Add(smallRadius.Key, await MeasureApiAsync(smallRadius, http, apiCpu, smallSettings, cancellationToken));
                }

                if (peer is not null)
                {
                    await peer.MeasureAsync(small, smallSettings, options.ServerWarmup, postmaster, cancellationToken);
                }
            }

            foreach (var benchCase in cases.Where(c => c.HasFloor))
            {
                floorRounds.Add(benchCase.Key, await MeasureFloorAsync(benchCase, largeFloor, floorCpu, settings, cancellationToken));
            }

            if (runsSmall)
            {
                floorRounds.Add(smallRadius.Key, await MeasureFloorAsync(smallRadius, smallFloor, floorCpu, smallSettings, cancellationToken));
            }
        }

        var results = cases.Select(c => Result(c, apiRounds.Of(c.Key)!, floorRounds.Of(c.Key))).ToList();
        if (runsSmall)
        {
            results.Insert(Math.Min(1, results.Count), Result(smallRadius, apiRounds.Of(smallRadius.Key)!, floorRounds.Of(smallRadius.Key)));
        }

        foreach (var (result, side, stats) in results.SelectMany(r => new[] { (r, "API", r.Api), (r, "floor", r.Floor) }))
        {
            if (stats?.OtherCpuShare > OtherCpuLimit)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"case ({result.Key}) {side}: other processes used {stats.OtherCpuShare:P0} of the CPUs during the measurement"));
            }
        }

        var report = new BenchReport(
            options.Benchmark, startedAt, DateTimeOffset.UtcNow, MachineProbe.Machine(loadAtStart), versions,
            new BenchSettings(
                options.Rounds, options.ServerWarmup.TotalSeconds, options.Duration.TotalSeconds, options.Warmup.TotalSeconds, options.SmallDuration.TotalSeconds, options.Concurrency,
                options.MaxRequests, options.LargeOffers, options.SmallOffers, options.LargeDatabase, options.SmallDatabase,
                SearchCases.ParameterSets, CursorWalk.Combinations, SearchDraws.Seed),
            results, Targets.Check(results), warnings, peer?.Report(results));

        Console.Out.Write(ReportTable.Format(report));
        var path = await ResultsJson.WriteAsync(report, options.OutputFolder, cancellationToken);
        Log.Step($"results written to {path}");
        if (report.Failures > 0)
        {
            Log.Fail($"{report.Failures} requests FAILED: the figures above are not valid.");
            return 1;
        }

        return 0;
    }

    private static async Task<ApiHost> StartApiAsync(BenchOptions options, string connectionString, CancellationToken cancellationToken)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database;
        Log.Step($"starting the API on {database}");
        var api = await ApiHost.StartAsync(options.ApiAssembly, connectionString, cancellationToken);
        Log.Step($"API ready at {api.Endpoint}");
        return api;
    }

    private static async Task<LatencyStats> MeasureApiAsync(
        BenchCase benchCase, GraphQLHttp http, CpuAccounting cpu, LoadSettings settings, CancellationToken cancellationToken)
    {
        Log.Step($"case ({benchCase.Key}) API: {benchCase.Title}");
        var stats = LatencyStats.From(await LoadLoop.RunAsync(settings, cpu.OnDatabase(benchCase.Database), (i, ct) => http.SendAsync(benchCase.Body(i), ct), cancellationToken));
        Log.Step(Summary($"case ({benchCase.Key}) API", stats));
        return stats;
    }

    private static async Task<LatencyStats> MeasureFloorAsync(
        BenchCase benchCase, SqlFloor floor, CpuAccounting cpu, LoadSettings settings, CancellationToken cancellationToken)
    {
        Log.Step($"case ({benchCase.Key}) floor (SQL)");
        var stats = LatencyStats.From(await LoadLoop.RunAsync(settings, cpu.OnDatabase(benchCase.Database), (i, ct) => floor.RunAsync(benchCase.StatementsFor(i), benchCase.NearestNeighbour, ct), cancellationToken));
        Log.Step(Summary($"case ({benchCase.Key}) floor", stats));
        return stats;
    }

    private static CaseResult Result(BenchCase benchCase, IReadOnlyList<LatencyStats> api, IReadOnlyList<LatencyStats>? floor) =>
        new(benchCase.Key, benchCase.Title, benchCase.Database, benchCase.Offers, benchCase.Count,
            LatencyStats.Median(api), floor is null ? null : LatencyStats.Median(floor),
            benchCase.HasFloor ? [.. benchCase.StatementsFor(0).Select(s => s.Sql)] : [], api, floor ?? []);

    private static string Summary(string what, LatencyStats stats)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{what}: {stats.RequestsPerSecond:0} req/s, p50 {stats.P50Ms:0.00} ms, p99 {stats.P99Ms:0.00} ms, CPU per request {stats.ServerCpuMsPerRequest:0.###} ms server {stats.DatabaseCpuMsPerRequest:0.###} ms PostgreSQL {stats.GeneratorCpuMsPerRequest:0.###} ms load generator, {stats.Requests} requests, other processes {stats.OtherCpuShare:P0} CPU");
        if (stats.Failures > 0)
        {
            Log.Fail($"{what}: {stats.Failures} FAILED, e.g. {(stats.FirstErrors.Count > 0 ? stats.FirstErrors[0] : "?")}");
        }

        return line;
    }
}

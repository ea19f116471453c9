using System.Diagnostics;
using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Benchmarks;

/// <summary>
/// Every benchmark command runs end to end for a second or two on small databases of the test server, through
/// the built API and the request path as it is today, so that a change to the request path (limits, keys,
/// arguments) cannot break a benchmark silently. The figures of such a run mean nothing; only that it ran.
/// </summary>
public sealed class BenchmarkSmokeTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly string _output = Directory.CreateTempSubdirectory("stage-bench-smoke-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    /// <summary>With its peer (PostGraphile, bench/peer, installed by <c>./stage test</c>): a few seconds more.</summary>
    [Fact]
    public async Task The_search_benchmark_measures_every_case_on_Stage_and_its_peer_without_a_failed_request()
    {
        var report = await RunAsync("search", "--offers", "5000", "--small-offers", "1000",
            "--duration", "1", "--small-duration", "1", "--warmup", "0", "--server-warmup", "1", "--rounds", "2", "--concurrency", "2", "--peer", "postgraphile");

        Assert.Equal(0, report["failures"]!.GetValue<int>());
        var cases = report["cases"]!.AsArray();
        Assert.Equal(["a", "a-10k", "b", "c", "d1", "d", "e", "w", "p"], cases.Select(c => c!["key"]!.GetValue<string>()));
        // The place autocomplete (p) runs no SQL: it has no floor.
        Assert.Null(cases[^1]!["floor"]);
        foreach (var measured in cases.SelectMany(c => new[] { c!["api"], c["floor"] }).OfType<JsonNode>())
        {
            Assert.True(measured["requests"]!.GetValue<long>() > 0, measured.ToJsonString());
            Assert.Equal(0, measured["failures"]!.GetValue<long>());
        }

        // Two rounds, each kept; the figure quoted is their median.
        foreach (var measuredCase in cases)
        {
            var apiRounds = measuredCase!["apiRounds"]!.AsArray();
            Assert.Equal(2, apiRounds.Count);
            var rates = apiRounds.Select(r => r!["requestsPerSecond"]!.GetValue<double>()).ToList();
            var median = measuredCase["api"]!["requestsPerSecond"]!.GetValue<double>();
            Assert.InRange(median, rates.Min() - 0.1, rates.Max() + 0.1);
            Assert.True(Math.Abs(median - rates.Average()) <= 0.1, $"median {median} of {string.Join(", ", rates)}");
            Assert.Equal(measuredCase["floor"] is null ? 0 : 2, measuredCase["floorRounds"]!.AsArray().Count);
        }

        // The peer answered like Stage on the sampled parameter sets before it was measured, except where it cannot run.
        var peer = report["peer"]!["cases"]!.AsArray();
        Assert.Equal(cases.Select(c => c!["key"]!.GetValue<string>()), peer.Select(c => c!["key"]!.GetValue<string>()));
        foreach (var peerCase in peer)
        {
            var key = peerCase!["key"]!.GetValue<string>();
            if (key is "p" or "w")
            {
                Assert.Null(peerCase["peer"]);
                Assert.False(string.IsNullOrEmpty(peerCase["notApplicable"]!.GetValue<string>()));
                continue;
            }

            Assert.True(peerCase["checkedParameterSets"]!.GetValue<int>() > 0, peerCase.ToJsonString());
            Assert.True(peerCase["peer"]!["requests"]!.GetValue<long>() > 0, peerCase.ToJsonString());
            Assert.Equal(0, peerCase["peer"]!["failures"]!.GetValue<long>());
            Assert.True(peerCase["stageToPeerRequestsPerSecond"]!.GetValue<double>() > 0, peerCase.ToJsonString());
        }
    }

    [Fact]
    public async Task The_subscription_benchmark_delivers_every_event()
    {
        var report = await RunAsync("subscriptions", "--subscribers", "20", "--rate", "10", "--duration", "1", "--grace", "5");

        var delivery = report["delivery"]!;
        Assert.True(report["passed"]!.GetValue<bool>(), delivery.ToJsonString());
        Assert.Equal(10, delivery["expected"]!.GetValue<int>());
        Assert.Equal(10, delivery["received"]!.GetValue<int>());
        Assert.Equal(0, delivery["mutationFailures"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_offer_feed_benchmark_delivers_to_each_subscriber_what_the_search_returns()
    {
        var report = await RunAsync("subscriptions", "--offers", "--subscribers", "20", "--rate", "10", "--duration", "2", "--grace", "5");

        Assert.True(report["passed"]!.GetValue<bool>(), report["delivery"]!.ToJsonString());
        Assert.Equal(20, report["published"]!.GetValue<int>());
        Assert.Equal(report["delivery"]!["expected"]!.GetValue<long>(), report["delivery"]!["received"]!.GetValue<long>());
    }

    private async Task<JsonNode> RunAsync(params string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0
        var bench = Path.Combine(RepositoryPaths.Root, "bench", "Stage.Bench", "bin", configuration, "net10.0", "Stage.Bench.dll");
        var api = Path.Combine(RepositoryPaths.Root, "src", "Stage.Api", "bin", configuration, "net10.0", "Stage.Api.dll");
        Assert.True(File.Exists(bench), $"{bench} is missing: build the solution (dotnet build Stage.sln -c {configuration}).");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[bench, .. arguments, "--connection", await PostgresServer.GetAdminConnectionStringAsync(),
            "--api", api, "--output", _output])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var log = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the {arguments[0]} benchmark did not finish within {Timeout}.");
        }

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await output}\n{await log}");
        var written = Assert.Single(Directory.GetFiles(_output, arguments[0] + "-*.json"));
        return JsonNode.Parse(await File.ReadAllTextAsync(written))!;
    }
}

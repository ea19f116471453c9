using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Limits;
using Stage.Api.Tests.Fixtures;
using Xunit.Abstractions;

namespace Stage.Api.Tests.GraphQL.Hostile;

/// <summary>
/// Over 2,000 generated bad requests through Kestrel on a loopback port: none gets a 5xx, each is answered before
/// the execution timeout (plus a margin for the machine), the server still answers a normal query afterwards, and
/// its managed memory settles: after a first flood, a second one leaves it where the first did.
/// </summary>
public sealed class HostileInputTests(LoopbackApi api, ITestOutputHelper output) : IClassFixture<LoopbackApi>
{
    private const int Rounds = 110; // × 20 kinds = 2,200 requests
    private const int WarmUpRounds = Rounds;
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Bad_requests_never_get_a_5xx_and_leave_the_server_as_it_was()
    {
        var address = api.Address;
        var timeout = api.Services.GetRequiredService<IOptions<QueryLimitsOptions>>().Value.ExecutionTimeout;
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = timeout + Margin };
        await AssertAnswersNormallyAsync(http);

        // A first flood fills what is meant to stay: the shared array pools keep some of the 1 MB buffers that huge
        // strings needed (seen in a gcdump: byte[] and char[] of 1 MB), the document cache its entries. What grows
        // during a second flood of other requests is a leak.
        await FloodAsync(http, HostileRequests.Generate(seed: 1, WarmUpRounds));
        var baseline = SettledMemory();

        var flood = await FloodAsync(http, HostileRequests.Generate(seed: 20261129, Rounds));
        output.WriteLine($"{flood.Sent} requests; slowest answer {flood.Slowest.TotalMilliseconds:0} ms; statuses {flood.Statuses}");
        Assert.True(flood.Sent >= 2_000);
        Assert.True(flood.Failures.Count == 0, "5xx answers:\n" + string.Join("\n", flood.Failures.Distinct()));
        Assert.True(flood.Slowest < timeout + Margin, $"The slowest answer took {flood.Slowest}.");
        await AssertAnswersNormallyAsync(http);

        var after = SettledMemory();
        output.WriteLine($"managed memory: {baseline / 1_000_000} MB after the warm-up, {after / 1_000_000} MB after the flood");
        Assert.True(after < baseline + 32_000_000, $"Managed memory went from {baseline} to {after} bytes.");
    }

    /// <summary>Sends the requests as they are generated, so that the test's own bodies are not held in memory.</summary>
    private static async Task<(int Sent, TimeSpan Slowest, IReadOnlyCollection<string> Failures, string Statuses)> FloodAsync(
        HttpClient http, IEnumerable<HostileRequests.Hostile> requests)
    {
        var sent = 0;
        var slowest = TimeSpan.Zero;
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (hostile, cancel) =>
        {
            var watch = Stopwatch.StartNew();
            using var request = hostile.Create();
            using var response = await http.SendAsync(request, cancel);
            await response.Content.ReadAsByteArrayAsync(cancel);
            Interlocked.Increment(ref sent);
            lock (failures)
            {
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            }

            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, count) => count + 1);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{hostile.Kind}: {(int)response.StatusCode}");
            }
        });
        return (sent, slowest, failures, string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
    }

    private static async Task AssertAnswersNormallyAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ sectors { code } }" });
        var answer = await GraphQLResponse.ReadAsync(response);
        Assert.Equal(200, answer.StatusCode);
        Assert.Equal(51, answer.Data!["sectors"]!.AsArray().Count);
    }

    private static long SettledMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

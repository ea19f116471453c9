using System.Globalization;
using System.Text;

namespace Stage.Bench;

/// <summary>
/// <c>./stage bench search --peer postgraphile</c>: the same cases, with the same parameters, sent to the peer
/// (<see cref="PeerServer"/>) on the same database, measured the same way after Stage's API has stopped and before the
/// floor runs, on each database in turn. Stage's answers to a sample of each case's parameter sets are recorded while Stage runs; the peer must
/// give the same ids in the same order (and, for full text, the same total and facet counts) before anything is
/// measured, else the run fails.
/// </summary>
public sealed class PeerBenchmark(
    string name, IReadOnlyList<SearchDraw> draws, IReadOnlyList<long> offerIds, IReadOnlyList<SearchDraw> deepFilters, CursorWalk walk)
{
    /// <summary>Parameter sets compared per case, spread over its list.</summary>
    public const int Samples = 16;

    /// <summary>The cases the peer does not run, and why.</summary>
    private static readonly Dictionary<string, string> NotApplicable = new()
    {
        ["p"] = "places are served from Stage's in-memory gazetteer: the peer has no table for them",
        ["w"] = "no SQL function of the peer counts facets within a radius; the full-text ones, (e)'s, take no centre",
    };

    private readonly Dictionary<string, (string Database, List<(int Index, CaseAnswer Answer)> Answers)> _stage = [];
    /// <summary>Each case's measurements, one per round.</summary>
    private readonly MeasuredRounds _measured = new();

    public string Name => name;

    /// <summary>While Stage's API runs: its answers to the sampled parameter sets of every case the peer runs.</summary>
    public async Task RecordStageAsync(IReadOnlyList<BenchCase> cases, GraphQLHttp http, CancellationToken cancellationToken)
    {
        Log.Step($"recording Stage's answers to {Samples} parameter sets per case, to compare with {name}'s");
        foreach (var benchCase in cases.Where(c => !NotApplicable.ContainsKey(c.Key)))
        {
            var answers = new List<(int, CaseAnswer)>();
            foreach (var index in Sample(benchCase.Count))
            {
                answers.Add((index, CaseAnswer.FromStage(benchCase.Key, await http.QueryAsync(benchCase.Body(index), cancellationToken))));
            }

            _stage[benchCase.Key] = (benchCase.Database, answers);
        }
    }

    /// <summary>
    /// Starts the peer on the database, checks it against Stage's answers recorded on that database, then measures
    /// those cases.
    /// </summary>
    public async Task MeasureAsync(string connectionString, LoadSettings settings, TimeSpan warmup, int? postmaster, CancellationToken cancellationToken)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database;
        var recorded = _stage.Where(c => c.Value.Database == database).ToDictionary(c => c.Key, c => c.Value.Answers);
        await using var peer = await PeerServer.StartAsync(connectionString, cancellationToken);
        using var http = new GraphQLHttp(peer.Endpoint, settings.Concurrency);
        var bodies = await BodiesAsync(http, recorded.Keys, cancellationToken);

        var problems = new List<string>();
        foreach (var (key, answers) in recorded)
        {
            foreach (var (index, stage) in answers)
            {
                var answer = CaseAnswer.FromPeer(key, await http.QueryAsync(bodies[key][index], cancellationToken));
                if (!answer.SameAs(stage))
                {
                    problems.Add($"case ({key}) parameter set {index}: Stage answered {stage}, {name} {answer}");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{name} and Stage disagree on {problems.Count} of {recorded.Values.Sum(a => a.Count)} sampled requests on {database}, nothing measured:\n  " +
                string.Join("\n  ", problems));
        }

        Log.Step($"{name} and Stage agree on all {recorded.Values.Sum(a => a.Count)} sampled requests on {database}");
        await LoadLoop.WarmUpAsync(name, settings.Concurrency, warmup,
            [.. recorded.Keys.Select(k => (Func<long, CancellationToken, Task<string?>>)((i, ct) => http.SendAsync(bodies[k][(int)(i % bodies[k].Count)], ct)))],
            cancellationToken);
        var cpu = new CpuAccounting([Environment.ProcessId, peer.ProcessId], postmaster);
        foreach (var key in recorded.Keys)
        {
            Log.Step($"case ({key}) {name}");
            var caseBodies = bodies[key];
            var stats = LatencyStats.From(await LoadLoop.RunAsync(
                settings, cpu, (i, ct) => http.SendAsync(caseBodies[(int)(i % caseBodies.Count)], ct), cancellationToken));
            Log.Step(string.Create(CultureInfo.InvariantCulture,
                $"case ({key}) {name}: {stats.RequestsPerSecond:0} req/s, p50 {stats.P50Ms:0.00} ms, p99 {stats.P99Ms:0.00} ms, {stats.Requests} requests, {stats.Failures} failed"));
            _measured.Add(key, stats);
        }
    }

    public PeerReport Report(IReadOnlyList<CaseResult> results)
    {
        var cases = results.Select(r => _measured.Of(r.Key) is { } rounds && LatencyStats.Median(rounds) is var peer
            ? new PeerCaseResult(r.Key, peer, Ratio(r.Api.RequestsPerSecond, peer.RequestsPerSecond), Ratio(r.Api.P50Ms, peer.P50Ms), _stage[r.Key].Answers.Count, null, rounds)
            : new PeerCaseResult(r.Key, null, null, null, 0, NotApplicable.GetValueOrDefault(r.Key, "not run"))).ToList();
        return new PeerReport(name, PeerServer.Describe(), cases, Targets(cases));
    }

    /// <summary>
    /// The peer's body for every parameter set of these cases, in Stage's order; (d) walks the peer's own cursors.
    /// Cases (c), (d1) and (d) draw their parameters from the large database (offer ids, filters with enough matches).
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<byte[]>>> BodiesAsync(
        GraphQLHttp http, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var bodies = new Dictionary<string, IReadOnlyList<byte[]>>();
        foreach (var key in keys)
        {
            bodies[key] = key switch
            {
                "a" or "a-10k" => [.. draws.Select(PeerQueries.RadiusBody)],
                "b" => [.. draws.Select(d => PeerQueries.ByStartDateBody(d, null))],
                "c" => [.. offerIds.Select(PeerQueries.ByIdBody)],
                "d1" => [.. deepFilters.Select(d => PeerQueries.ByStartDateBody(d, null))],
                "d" => await DeepBodiesAsync(http, cancellationToken),
                "e" => [.. SearchCases.Words().Select(PeerQueries.FullTextBody)],
                _ => throw new InvalidOperationException($"The peer has no request for case ({key})."),
            };
        }

        return bodies;
    }

    private async Task<List<byte[]>> DeepBodiesAsync(GraphQLHttp http, CancellationToken cancellationToken)
    {
        Log.Step($"walking pages 1 to {walk.TargetPage - 1} of {deepFilters.Count} filters through {name}");
        var deep = new List<byte[]>();
        foreach (var filter in deepFilters)
        {
            deep.Add(await walk.ApiBodyAsync(http, filter, cancellationToken, PeerQueries.ByStartDateBody));
        }

        return deep;
    }

    private static IEnumerable<int> Sample(int count) =>
        Enumerable.Range(0, Math.Min(Samples, count)).Select(j => (int)((long)j * count / Math.Min(Samples, count))).Distinct();

    private static double? Ratio(double stage, double peer) => peer > 0 && !double.IsNaN(stage) ? Math.Round(stage / peer, 2) : null;

    /// <summary>Issue 16's targets: Stage serves at least 1.5 times the peer's requests per second for (a) and (c), 1.2 for (b).</summary>
    private static List<TargetResult> Targets(IReadOnlyList<PeerCaseResult> cases) =>
    [
        .. new[] { ("a", 1.5), ("c", 1.5), ("b", 1.2) }
            .Select(t => (Case: cases.FirstOrDefault(c => c.Key == t.Item1), Limit: t.Item2))
            .Where(t => t.Case?.StageToPeerRequestsPerSecond is not null)
            .Select(t => new TargetResult(
                $"({t.Case!.Key}) Stage req/s / peer req/s", t.Case.StageToPeerRequestsPerSecond!.Value, ">=", t.Limit,
                t.Case.StageToPeerRequestsPerSecond >= t.Limit)),
    ];
}

/// <summary>The peer's side of a run, in the JSON next to Stage's cases.</summary>
public sealed record PeerReport(string Name, string Description, IReadOnlyList<PeerCaseResult> Cases, IReadOnlyList<TargetResult> Targets)
{
    public long Failures => Cases.Sum(c => c.Peer?.Failures ?? 0);

    /// <summary>The comparison as a plain-text table, under Stage's.</summary>
    public string Format(IReadOnlyList<CaseResult> stage)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Stage against {Name}: {Description}.");
        string[] header = ["case", "Stage req/s", "peer req/s", "Stage/peer req/s", "Stage p50", "peer p50", "Stage/peer p50", "peer p99", "checked", "peer other CPU"];
        var rows = Cases.Select(c =>
        {
            var api = stage.First(s => s.Key == c.Key).Api;
            return c.Peer is not { } peer
                ? [c.Key, Number(api.RequestsPerSecond, "0"), "n/a", "-", Ms(api.P50Ms), "n/a", "-", "-", "-", "-"]
                : new[]
                {
                    c.Key, Number(api.RequestsPerSecond, "0"), Number(peer.RequestsPerSecond, "0"), Number(c.StageToPeerRequestsPerSecond, "0.00"),
                    Ms(api.P50Ms), Ms(peer.P50Ms), Number(c.StageToPeerP50, "0.00"), Ms(peer.P99Ms),
                    c.CheckedParameterSets.ToString(CultureInfo.InvariantCulture), double.IsNaN(peer.OtherCpuShare) ? "?" : Number(peer.OtherCpuShare * 100, "0") + "%",
                };
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        text.AppendLine(string.Join(" | ", header.Select((h, i) => i == 0 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
        text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(" | ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))));
        }

        foreach (var c in Cases.Where(c => c.NotApplicable is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ({c.Key}) n/a: {c.NotApplicable}");
        }

        text.AppendLine("  Stage/peer req/s above 1: Stage serves more; Stage/peer p50 below 1: Stage answers sooner. \"checked\": parameter");
        text.AppendLine("  sets on which both gave the same ids in the same order (and for (e) the same total and facet counts) before measuring.");
        foreach (var t in Targets)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {(t.Met ? "met    " : "NOT MET")}  {t.Name} = {t.Value:0.##} (target {t.Comparison} {t.Limit:0.##})"));
        }

        return text.ToString();
    }

    private static string Number(double? value, string format) => value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Ms(double value) => double.IsNaN(value) ? "-" : Number(value, value < 10 ? "0.00" : "0.0") + " ms";
}

/// <summary>One case on the peer; <c>NotApplicable</c> says why the peer did not run it.</summary>
public sealed record PeerCaseResult(
    string Key, LatencyStats? Peer, double? StageToPeerRequestsPerSecond, double? StageToPeerP50, int CheckedParameterSets, string? NotApplicable,
    IReadOnlyList<LatencyStats>? PeerRounds = null);

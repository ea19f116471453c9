namespace Stage.Bench;

/// <summary>
/// The search's performance targets, checked on a run's API figures (issue 16's against the peer are in
/// <see cref="PeerBenchmark"/>).
/// </summary>
public static class Targets
{
    public static List<TargetResult> Check(IReadOnlyList<CaseResult> cases)
    {
        var a = Find(cases, "a");
        var a10k = Find(cases, "a-10k");
        var b = Find(cases, "b");
        var c = Find(cases, "c");
        var d = Find(cases, "d");
        var d1 = Find(cases, "d1");
        var e = Find(cases, "e");
        var p = Find(cases, "p");
        var targets = new List<TargetResult>();
        if (a is not null)
        {
            targets.Add(Below("(a) API p50 (ms)", a.Api.P50Ms, 10, strict: true));
            targets.Add(Below("(a) API p50 / floor p50", a.ApiToFloorP50 ?? double.NaN, 1.5, strict: true));
            targets.Add(AtLeast("(a) API req/s / floor req/s", Ratio(a.Api.RequestsPerSecond, a.Floor?.RequestsPerSecond ?? 0), 0.8));
        }

        if (c is not null)
        {
            targets.Add(AtLeast("(c) API req/s / floor req/s", Ratio(c.Api.RequestsPerSecond, c.Floor?.RequestsPerSecond ?? 0), 0.5));
        }

        if (a is not null && a10k is not null)
        {
            targets.Add(Below("(a) API p50 at 1M / at 10k", Ratio(a.Api.P50Ms, a10k.Api.P50Ms), 1.5, strict: false));
        }

        if (b is not null && d is not null)
        {
            targets.Add(Below("(d) API p50 / (b) API p50", Ratio(d.Api.P50Ms, b.Api.P50Ms), 1.5, strict: false));
        }

        if (d1 is not null && d is not null)
        {
            // The same comparison on the same filters: page 50 against their own page 1.
            targets.Add(Below("(d) API p50 / (d1) API p50", Ratio(d.Api.P50Ms, d1.Api.P50Ms), 1.5, strict: false));
        }

        if (e is not null)
        {
            targets.Add(Below("(e) API p50 (ms)", e.Api.P50Ms, 50, strict: true));
        }

        if (p is not null)
        {
            targets.Add(Below("(p) API p50 (ms)", p.Api.P50Ms, 2, strict: true));
        }

        return targets;
    }

    private static CaseResult? Find(IReadOnlyList<CaseResult> cases, string key) => cases.FirstOrDefault(c => c.Key == key);

    private static double Ratio(double value, double reference) => reference > 0 ? Math.Round(value / reference, 2) : double.NaN;

    private static TargetResult AtLeast(string name, double value, double limit) => new(name, value, ">=", limit, value >= limit);

    private static TargetResult Below(string name, double value, double limit, bool strict) =>
        new(name, value, strict ? "<" : "<=", limit, strict ? value < limit : value <= limit);
}

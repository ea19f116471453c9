using System.Globalization;
using System.Text;

namespace Stage.Bench;

/// <summary>The results as a plain-text table, the targets, and any failure in plain sight.</summary>
public static class ReportTable
{
    public static string Format(BenchReport report)
    {
        var text = new StringBuilder();
        var s = report.Settings;
        text.AppendLine(Invariant($"Stage search benchmark, {report.StartedAt:yyyy-MM-dd HH:mm:ss}Z: concurrency {s.Concurrency}, {s.DurationSeconds:0.#} s per side after {s.WarmupSeconds:0.#} s warm-up (10k: {s.SmallDurationSeconds:0.#} s)"));
        text.AppendLine(Invariant($"{(s.Rounds == 1 ? "one round" : $"medians of {s.Rounds} rounds")}; each server warmed up for {s.ServerWarmupSeconds:0.#} s over its cases after it started"));
        var v = report.Versions;
        text.AppendLine(MachineLine(report.Machine));
        text.AppendLine(Invariant($"PostgreSQL {v.PostgreSql}, PostGIS {v.PostGis}, {v.DotNet}, GraphQL.NET {v.GraphQLNet}, Npgsql {v.Npgsql}"));
        text.AppendLine();

        string[] header = ["case", "db", "API req/s", "API p50", "API p99", "floor req/s", "floor p50", "floor p99", "API/floor p50", "API CPU/req", "PG CPU/req", "gen CPU/req", "floor PG CPU/req", "failures", "other CPU"];
        var rows = report.Cases.Select(c => new[]
        {
            c.Key,
            c.Offers >= 1_000_000 ? Invariant($"{c.Offers / 1_000_000.0:0.#}M") : Invariant($"{c.Offers / 1000.0:0.#}k"),
            Number(c.Api.RequestsPerSecond, "0"),
            Ms(c.Api.P50Ms),
            Ms(c.Api.P99Ms),
            c.Floor is null ? "-" : Number(c.Floor.RequestsPerSecond, "0"),
            c.Floor is null ? "-" : Ms(c.Floor.P50Ms),
            c.Floor is null ? "-" : Ms(c.Floor.P99Ms),
            c.ApiToFloorP50 is { } ratio ? Number(ratio, "0.00") + "x" : "-",
            Ms(c.Api.ServerCpuMsPerRequest),
            Ms(c.Api.DatabaseCpuMsPerRequest),
            Ms(c.Api.GeneratorCpuMsPerRequest),
            c.Floor is null ? "-" : Ms(c.Floor.DatabaseCpuMsPerRequest),
            Invariant($"{c.Api.Failures + (c.Floor?.Failures ?? 0)}"),
            Percent(c.Api.OtherCpuShare) + "/" + (c.Floor is null ? "-" : Percent(c.Floor.OtherCpuShare)),
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        text.AppendLine(Line(header, widths));
        text.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            text.AppendLine(Line(row, widths));
        }

        text.AppendLine();
        foreach (var c in report.Cases)
        {
            text.AppendLine(Invariant($"  ({c.Key}) {c.Title}; {c.ParameterSets} parameter sets"));
        }

        text.AppendLine("  Latencies are per request at the given concurrency; \"other CPU\" is the share of the machine's CPUs");
        text.AppendLine("  that processes other than the benchmark, the API and PostgreSQL used during the API/floor measurement.");
        text.AppendLine("  \"CPU/req\" is CPU time per request (user + system, /proc) of the API process and of the PostgreSQL backends");
        text.AppendLine("  connected to the case's database, over the measurement; \"gen CPU/req\" that of the load generator (this process),");
        text.AppendLine("  which shares the CPUs with them: when it takes more, the API gets less.");
        text.Append(report.Peer?.Format(report.Cases));

        text.AppendLine();
        text.AppendLine("Targets:");
        foreach (var t in report.Targets)
        {
            text.AppendLine(Invariant($"  {(t.Met ? "met    " : "NOT MET")}  {t.Name} = {t.Value:0.###} (target {t.Comparison} {t.Limit:0.###})"));
        }

        foreach (var warning in report.Warnings)
        {
            text.AppendLine("Warning: " + warning);
        }

        if (report.Failures > 0)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"!!! {report.Failures} REQUESTS FAILED: these figures are not valid. First errors:"));
            foreach (var c in report.Cases)
            {
                var peer = report.Peer?.Cases.FirstOrDefault(p => p.Key == c.Key)?.Peer;
                foreach (var error in c.Api.FirstErrors.Select(e => "API " + e).Concat(c.Floor?.FirstErrors.Select(e => "floor " + e) ?? [])
                    .Concat(peer?.FirstErrors.Select(e => "peer " + e) ?? []))
                {
                    text.AppendLine(Invariant($"  ({c.Key}) {error}"));
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The machine in one line, with the load averages that tell whether other work ran meanwhile.</summary>
    public static string MachineLine(MachineInfo m) =>
        Invariant($"{m.CpuModel}, {m.Nproc} CPUs, {m.MemoryTotalBytes / (1024.0 * 1024 * 1024):0.#} GiB, {m.Os} ({m.Kernel}); load average {m.LoadAverageAtStart} at start, {m.LoadAverageAtEnd} at end");

    private static string Line(string[] cells, int[] widths) =>
        string.Join(" | ", cells.Select((cell, i) => i < 2 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i])));

    private static string Percent(double share) => double.IsNaN(share) ? "?" : Number(share * 100, "0") + "%";

    private static string Ms(double value) => double.IsNaN(value) ? "-" : Number(value, value < 10 ? "0.00" : "0.0") + " ms";

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}

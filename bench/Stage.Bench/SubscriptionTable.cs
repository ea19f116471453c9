using System.Globalization;
using System.Text;

namespace Stage.Bench;

/// <summary>A subscription run's figures as plain text: delivery, latency, memory, and any failure in plain sight.</summary>
public static class SubscriptionTable
{
    public static string Format(SubscriptionReport report)
    {
        var text = new StringBuilder();
        var s = report.Settings;
        var v = report.Versions;
        text.AppendLine(Invariant($"Stage subscriptions benchmark, {report.StartedAt:yyyy-MM-dd HH:mm:ss}Z: {s.Subscribers:N0} WebSocket subscribers (graphql-transport-ws), {s.Rate} changes/s for {s.DurationSeconds:0.#} s ({s.Changes:N0} changes on {s.ActiveApplications:N0} applications)"));
        text.AppendLine(ReportTable.MachineLine(report.Machine));
        text.AppendLine(Invariant($"PostgreSQL {v.PostgreSql}, {v.DotNet}, GraphQL.NET {v.GraphQLNet}, Npgsql {v.Npgsql}"));
        text.AppendLine();

        var o = report.Opening;
        var d = report.Delivery;
        var memory = report.ServerMemory;
        Row(text, "subscribers open", Invariant($"{o.Opened:N0} in {o.Seconds:0.0} s ({o.PerSecond:0}/s); failed to open {o.Failures}, failed later {o.FailedLater}"));
        Row(text, "mutations", Invariant($"{d.Changes - d.MutationFailures:N0} ok, {d.MutationFailures} failed; {report.Schedule.AchievedRate:0.#}/s achieved, largest slip {report.Schedule.MaxSlipMs:0.#} ms"));
        Row(text, "mutation latency", Latency(d.Mutation));
        Row(text, "events", Invariant($"expected {d.Expected:N0}, received {d.Received:N0}, LOST {d.Lost}, duplicates {d.Duplicates}, unexpected {d.Unexpected}"));
        Row(text, "answer -> event", Latency(d.AfterAnswer) + Invariant($"; {d.BeforeAnswer:N0} events came before the answer"));
        Row(text, "sent -> event", Latency(d.AfterSend));
        Row(text, "API memory", "started | with subscribers | after the load | after closing them");
        Row(text, "  RSS", Invariant($"{memory.Started.RssMiB:0} | {memory.WithSubscribers.RssMiB:0} | {memory.AfterLoad.RssMiB:0} | {memory.AfterClose.RssMiB:0} MiB (peak {memory.PeakRssMiB:0} MiB)"));
        Row(text, "  managed heap", Invariant($"{Mib(memory.Started)} | {Mib(memory.WithSubscribers)} | {Mib(memory.AfterLoad)} | {Mib(memory.AfterClose)} MiB live (dotnet-gcdump)"));
        Row(text, "per subscriber", Invariant($"{memory.RssKiBPerSubscriber(o.Opened):0.#} KiB of RSS, {memory.HeapKiBPerSubscriber(o.Opened)?.ToString("0.#", CultureInfo.InvariantCulture) ?? "?"} KiB of managed heap"));
        Row(text, "other CPU", double.IsNaN(report.OtherCpuShare) ? "?" : Invariant($"{report.OtherCpuShare:P0} of the CPUs used by other processes during the changes"));
        text.AppendLine();
        text.AppendLine("  \"answer -> event\": from the mutation's HTTP answer to the event on the subscriber's socket (negative when the");
        text.AppendLine("  event came first); \"sent -> event\": from sending the mutation. Both measured in this process.");

        foreach (var warning in report.Warnings)
        {
            text.AppendLine("Warning: " + warning);
        }

        text.AppendLine();
        text.AppendLine(report.Passed ? "Result: every event arrived exactly once." : "!!! FAILED: see the errors below; the figures are not valid.");
        foreach (var error in d.FirstErrors)
        {
            text.AppendLine("  " + error);
        }

        return text.ToString();
    }

    private static string Latency(Percentiles p) => Invariant($"p50 {p.P50Ms:0.0} ms, p90 {p.P90Ms:0.0} ms, p99 {p.P99Ms:0.0} ms, max {p.MaxMs:0.0} ms");

    private static string Mib(MemoryPoint point) => point.ManagedHeapMiB?.ToString("0.#", CultureInfo.InvariantCulture) ?? "?";

    private static void Row(StringBuilder text, string name, string value) => text.AppendLine(name.PadRight(18) + value);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}

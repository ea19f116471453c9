using System.Globalization;
using System.Text;

namespace Stage.Bench;

/// <summary>A run of <c>./stage bench subscriptions --offers</c>: its settings, figures and verdict, as JSON and as a table.</summary>
public sealed record OfferFeedReport(
    string Benchmark,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    MachineInfo Machine,
    VersionInfo Versions,
    int Subscribers,
    int Rate,
    double DurationSeconds,
    int Published,
    int PublicationFailures,
    double AchievedRate,
    double MaxSlipMs,
    OpeningResult Opening,
    FeedDelivery Delivery,
    double ApiCpuMsPerOffer,
    double DatabaseCpuMsPerOffer,
    double OtherCpuShare,
    long DeliveriesCounted,
    List<string> Warnings)
{
    public bool Passed => Opening.Failures == 0 && Opening.FailedLater == 0 && PublicationFailures == 0
        && Delivery.Lost == 0 && Delivery.Duplicates == 0 && Delivery.Unexpected == 0;

    public string Format()
    {
        var text = new StringBuilder();
        var v = Versions;
        var d = Delivery;
        var p = d.CommitToEvent;
        text.AppendLine(Invariant($"Stage offersPublished benchmark, {StartedAt:yyyy-MM-dd HH:mm:ss}Z: {Subscribers:N0} WebSocket subscribers, each its own random radius (and some sectors, words, grade), {Rate} offers/s for {DurationSeconds:0.#} s"));
        text.AppendLine(ReportTable.MachineLine(Machine));
        text.AppendLine(Invariant($"PostgreSQL {v.PostgreSql}, {v.DotNet}, GraphQL.NET {v.GraphQLNet}, Npgsql {v.Npgsql}"));
        text.AppendLine();
        Row(text, "subscribers open", Invariant($"{Opening.Opened:N0} in {Opening.Seconds:0.0} s; failed to open {Opening.Failures}, failed later {Opening.FailedLater}"));
        Row(text, "offers published", Invariant($"{Published:N0} ({PublicationFailures} failed), {AchievedRate:0.#}/s achieved, largest slip {MaxSlipMs:0.#} ms"));
        Row(text, "deliveries", Invariant($"expected {d.Expected:N0} ({d.SubscribersPerOffer:0.##} subscribers per offer), received {d.Received:N0}, LOST {d.Lost}, duplicated {d.Duplicates}, unexpected {d.Unexpected}"));
        Row(text, "commit -> event", Invariant($"p50 {p.P50Ms:0.#} ms, p90 {p.P90Ms:0.#} ms, p99 {p.P99Ms:0.#} ms, max {p.MaxMs:0.#} ms"));
        Row(text, "API CPU per offer", Invariant($"{ApiCpuMsPerOffer:0.###} ms (matching, serialising and sending included)"));
        Row(text, "database CPU per offer", Invariant($"{DatabaseCpuMsPerOffer:0.###} ms (the INSERT and its trigger included)"));
        Row(text, "other CPU", double.IsNaN(OtherCpuShare) ? "?" : Invariant($"{OtherCpuShare:P0} of the CPUs used by other processes"));
        foreach (var warning in Warnings)
        {
            text.AppendLine("Warning: " + warning);
        }

        text.AppendLine();
        text.AppendLine(Passed ? "Result: every subscriber received exactly what offers(...) returns to it, once." : "!!! FAILED: see the errors below.");
        foreach (var error in d.FirstErrors)
        {
            text.AppendLine("  " + error);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, string value) => text.AppendLine(Invariant($"  {name,-24} {value}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

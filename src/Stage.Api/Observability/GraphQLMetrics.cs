using System.Diagnostics.Metrics;

namespace Stage.Api.Observability;

/// <summary>
/// The meter of GraphQL operations ("Stage.Api.GraphQL"): duration, cost and errors, tagged with the
/// operation's type and name. Operation names are chosen by clients, so they are cut to 100 characters
/// and the OpenTelemetry SDK's cardinality limit (2,000 series per metric) bounds the memory they take.
/// </summary>
public static class GraphQLMetrics
{
    public const string MeterName = "Stage.Api.GraphQL";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "graphql.operation.duration", "s", "How long GraphQL operations take, parsing to result.");

    public static readonly Histogram<int> Cost = Meter.CreateHistogram<int>(
        "graphql.operation.cost", "{point}", "The actual cost of GraphQL operations, as rate limits charge it.");

    public static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "graphql.operation.errors", "{error}", "Errors in GraphQL results, by extensions.code.");
}

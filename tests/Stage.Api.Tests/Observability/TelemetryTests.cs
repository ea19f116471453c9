using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;
using Stage.Api.Tests.Fixtures;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.Tests.Observability;

/// <summary>
/// A GraphQL request produces a trace (HTTP server span, a GraphQL span named after the operation, the
/// PostgreSQL commands) that the request id points to, and operation metrics.
/// </summary>
public sealed class TelemetryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_request_is_traced_through_graphql_and_postgresql_under_its_request_id()
    {
        var exported = new List<Activity>();
        await using var factory = api.Factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))));
        using var response = await new GraphQLClient(factory.CreateClient()).Http.PostAsync("/graphql",
            Json("""{"query":"query TelemetryProbe { offers(first: 1, where: { title: { contains: \"a\" } }) { totalCount } }"}"""));
        var traceId = Assert.Single(response.Headers.GetValues("X-Request-Id"));

        // A title filter is never answered by the search index in memory, whose reads of PostgreSQL are traces of their own.
        var spans = await SpansOfTraceAsync(exported, traceId, 3);

        var graphQL = Assert.Single(spans, s => s.Source.Name == "GraphQL");
        Assert.Equal("TelemetryProbe", graphQL.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", graphQL.GetTagItem("graphql.operation.type"));
        Assert.Contains(spans, s => s.Source.Name == "Npgsql" && s.Kind == ActivityKind.Client);
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
    }

    [Fact]
    public async Task Operations_are_measured_with_their_name_and_error_codes()
    {
        var durations = new List<string>();
        var errors = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GraphQLMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, _, tags, _) => Collect(durations, tags, null));
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) => Collect(errors, tags, "error.type"));
        listener.Start();

        await api.GraphQL.PostAsync("query MetricsProbe { sectors { code } }");
        await api.GraphQL.PostAsync("query MetricsBrokenProbe { offers(first: -1) { totalCount } }");

        lock (durations)
        {
            Assert.Contains("MetricsProbe", durations);
            Assert.Contains("MetricsBrokenProbe", durations);
        }

        lock (errors)
        {
            Assert.Equal(["MetricsBrokenProbe INVALID_PAGE_SIZE"], errors.Where(e => e.StartsWith("Metrics", StringComparison.Ordinal)));
        }
    }

    private static void Collect(List<string> into, ReadOnlySpan<KeyValuePair<string, object?>> tags, string? extra)
    {
        string? name = null, value = null;
        foreach (var tag in tags)
        {
            name = tag.Key == "graphql.operation.name" ? tag.Value as string : name;
            value = extra is not null && tag.Key == extra ? tag.Value as string : value;
        }

        lock (into)
        {
            into.Add(extra is null ? name ?? "" : $"{name} {value}");
        }
    }

    /// <summary>The HTTP server span ends after the response is sent: wait for the trace's spans to be exported.</summary>
    private static async Task<List<Activity>> SpansOfTraceAsync(List<Activity> exported, string traceId, int atLeast)
    {
        for (var attempt = 0; ; attempt++)
        {
            List<Activity> spans;
            lock (exported)
            {
                spans = [.. exported.Where(a => a.TraceId.ToHexString() == traceId)];
            }

            if (spans.Count >= atLeast && spans.Any(s => s.Kind == ActivityKind.Server) || attempt == 50)
            {
                return spans;
            }

            await Task.Delay(100);
        }
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}

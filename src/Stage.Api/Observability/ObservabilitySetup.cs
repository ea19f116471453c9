using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.Observability;

public static class ObservabilitySetup
{
    /// <summary>
    /// OpenTelemetry traces (HTTP, GraphQL, PostgreSQL commands, the search index's reads of its change log), metrics (HTTP, GraphQL operations,
    /// Npgsql) and logs (with their scopes: request id, trace id). Exported over OTLP only when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set (with the other standard OTEL_* variables); otherwise they
    /// are collected for in-process listeners only.
    /// </summary>
    public static IServiceCollection AddStageObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("stage-api"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(http => http.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddSource("GraphQL")
                .AddSource(Offers.Search.Memory.OfferIndexSearch.ActivitySourceName)
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(GraphQLMetrics.MeterName)
                .AddNpgsqlInstrumentation())
            .WithLogging(_ => { }, logging =>
            {
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
            });
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>
    /// Answers every request with <c>X-Request-Id</c>, the trace id its logs and spans carry, so that a
    /// client reporting a masked error gives operators what finds the full one.
    /// </summary>
    public static IApplicationBuilder UseRequestId(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            var id = System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? http.TraceIdentifier;
            // Set as the response starts: the exception handler clears headers set before it.
            http.Response.OnStarting(() =>
            {
                http.Response.Headers["X-Request-Id"] = id;
                return Task.CompletedTask;
            });
            return next(http);
        });
}

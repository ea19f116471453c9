using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Stage.Api.Events;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Http;
using Stage.Api.GraphQL.Realtime;
using Stage.Api.Identity;

namespace Stage.Api.GraphQL.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, "distinct connections" mode (the graphql-sse protocol): a
/// GraphQL-over-HTTP request that accepts <c>text/event-stream</c> gets its result(s) as <c>next</c>
/// events, then a <c>complete</c> event. Errors found before execution come as a <c>next</c> event
/// too; only a malformed HTTP request is refused with a JSON error. The client ends a subscription
/// by closing the connection.
/// </summary>
public static class GraphQLSseEndpoint
{
    public const string EventStream = "text/event-stream";

    public static bool IsEventStreamRequest(HttpContext http) =>
        MediaTypeHeaderValue.TryParseList(http.Request.Headers.Accept.OfType<string>().ToList(), out var accepted)
        && accepted.Any(a => a.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    public static async Task HandleAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        using var credits = new DeliveryCredits(options.DeliveryWindow);
        ExecutionResult result;
        try
        {
            var request = await GraphQLHttpEndpoint.ReadAsync(http);
            // By GET (EventSource), a subscription may come as well as a query; a persisted document only as a query.
            var get = HttpMethods.IsGet(http.Request.Method);
            var document = get && request.Query.Length > 0
                ? GetRequestDocument.ParseQueryOnly(request.Query, request.OperationName, allowSubscription: true)
                : null;
            result = await http.RequestServices.GetRequiredService<GraphQLRequestExecutor>().ExecuteAsync(
                http, request, document, http.RequestAborted, queriesOnly: get && request.Query.Length == 0,
                userContext: StageUserContext.ForOperation(http, http.Features.Get<Viewer>(), credits));
        }
        catch (GraphQLHttpRequestException error)
        {
            await GraphQLHttpResponseWriter.WriteRequestErrorAsync(http, ResponseMediaType.Json, error);
            return;
        }

        var writer = new SseWriter(http, options.SseKeepAliveInterval);
        await writer.StartAsync();
        if (result.Streams is not { Count: > 0 } streams)
        {
            writer.Next(result, sent: null);
            writer.Complete();
            await writer.RunAsync(http.RequestAborted);
            return;
        }

        var observer = new SseObserver(writer, credits, http.Abort);
        using var subscription = streams.Values.First().Subscribe(observer);
        var connections = http.RequestServices.GetRequiredService<RealtimeConnections>();
        using (connections.Register(writer.Complete))
        {
            await writer.RunAsync(http.RequestAborted);
        }
    }
}

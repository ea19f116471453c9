using Microsoft.Extensions.Options;
using Stage.Api.Events;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Persisted;
using Stage.Api.GraphQL.Sse;
using Stage.Api.GraphQL.WebSockets;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Http;
using Stage.Api.Kit.Requests;
using Stage.Api.RateLimits;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): GET for queries (and an EventSource's subscriptions), POST
/// with application/json for everything, a JSON array for a batch; answered in JSON or as an event stream as
/// <see cref="AcceptedAnswers"/> negotiates from Accept.
/// </summary>
public static class GraphQLHttpEndpoint
{
    /// <summary>GraphQL over HTTP, SSE and WebSocket at <paramref name="pattern"/>; each request is admitted and charged by the executor.</summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.Map(pattern, HandleAsync).WithMetadata(ChargesItsOwnRequests.Instance);

    private static async Task HandleAsync(HttpContext http)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocketEndpoint.HandleAsync(http);
            return;
        }

        var answers = AcceptedAnswers.Of(http.Request);
        var maxRequestBytes = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxRequestBytes;
        if (HttpMethods.IsPost(http.Request.Method) && await GraphQLHttpRequestReader.IsBatchAsync(http.Request, maxRequestBytes, http.RequestAborted))
        {
            await GraphQLBatchEndpoint.HandleAsync(http, answers, maxRequestBytes);
            return;
        }

        using var credits = answers.Stream
            ? new DeliveryCredits(http.RequestServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value.DeliveryWindow)
            : null;
        var outcome = await http.RequestServices.GetRequiredService<GraphQLRequestExecutor>().ExecuteAsync(new GraphQLCall(
            http,
            StageUserContext.For(http, credits),
            () =>
            {
                answers.EnsureAcceptable(streamsToo: true);
                return ReadAsync(http, maxRequestBytes);
            },
            http.RequestAborted)
        {
            Allowed = HttpMethods.IsGet(http.Request.Method) ? AllowedOperations.QueriesAndSentSubscriptions : AllowedOperations.Any,
        });

        if (outcome.Refusal is { } refusal)
        {
            await GraphQLHttpResponseWriter.WriteRequestErrorAsync(http, answers.JsonOrDefault, refusal);
        }
        else if (outcome.Result.Streams is not null || !answers.SingleResultAsJson)
        {
            await EventStreamResponse.WriteAsync(http, outcome.Result, credits);
        }
        else if (!await CacheableResponse.TryWriteAsync(http, answers.JsonOrDefault, outcome))
        {
            await GraphQLHttpResponseWriter.WriteResultAsync(http, answers.JsonOrDefault, outcome.Result);
        }
    }

    /// <summary>The request's parameters, from the query string (GET) or the JSON body (POST); other methods get 405.</summary>
    private static Task<GraphQLHttpRequest> ReadAsync(HttpContext http, int maxRequestBytes)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            return Task.FromResult(GraphQLHttpRequestReader.FromQueryString(http.Request.Query));
        }

        if (HttpMethods.IsPost(http.Request.Method))
        {
            return GraphQLHttpRequestReader.FromBodyAsync(http.Request, maxRequestBytes, http.RequestAborted);
        }

        throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
            "GraphQL requests use GET (queries) or POST.")
        { Allow = "GET, POST" };
    }
}

/// <summary>Settings of the GraphQL-over-HTTP endpoint (configuration section "GraphQL:Http").</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL:Http";

    /// <summary>The largest request body accepted (a batch's whole body); larger ones get 413. A pre-registration of 1,000 pupils needs about 330 KB.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
}

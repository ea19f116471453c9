using Microsoft.Extensions.Options;
using Stage.Api.Kit.Errors;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Persisted;
using Stage.Api.GraphQL.Sse;
using Stage.Api.GraphQL.WebSockets;
using Stage.Api.RateLimits;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): GET for queries, POST with
/// application/json for everything, the response media type negotiated from Accept.
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

        if (GraphQLSseEndpoint.IsEventStreamRequest(http))
        {
            await GraphQLSseEndpoint.HandleAsync(http);
            return;
        }

        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept.OfType<string>().ToList());
        var outcome = await http.RequestServices.GetRequiredService<GraphQLRequestExecutor>().ExecuteAsync(new GraphQLCall(
            http,
            StageUserContext.For(http),
            () => mediaType is null
                ? throw new GraphQLHttpRequestException(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                    $"Accept must allow {ResponseMediaType.GraphQLResponseJson} or {ResponseMediaType.Json}.")
                : ReadAsync(http),
            http.RequestAborted)
        {
            Allowed = HttpMethods.IsGet(http.Request.Method) ? AllowedOperations.Queries : AllowedOperations.Any,
        });
        if (outcome.Refusal is { } refusal)
        {
            await GraphQLHttpResponseWriter.WriteRequestErrorAsync(http, mediaType ?? ResponseMediaType.Json, refusal);
        }
        else if (!await CacheableResponse.TryWriteAsync(http, mediaType ?? ResponseMediaType.Json, outcome))
        {
            await GraphQLHttpResponseWriter.WriteResultAsync(http, mediaType ?? ResponseMediaType.Json, outcome.Result);
        }
    }

    /// <summary>The request's parameters, from the query string (GET) or the JSON body (POST); other methods get 405.</summary>
    internal static Task<GraphQLHttpRequest> ReadAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            return Task.FromResult(GraphQLHttpRequestReader.FromQueryString(http.Request.Query));
        }

        if (HttpMethods.IsPost(http.Request.Method))
        {
            var options = http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
            return GraphQLHttpRequestReader.FromBodyAsync(http.Request, options.MaxRequestBytes, http.RequestAborted);
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

    /// <summary>The largest request body accepted; larger ones get 413. A pre-registration of 1,000 pupils needs about 330 KB.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
}

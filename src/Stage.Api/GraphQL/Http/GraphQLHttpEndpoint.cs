using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Persisted;
using Stage.Api.GraphQL.Sse;
using Stage.Api.GraphQL.WebSockets;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): GET for queries, POST with
/// application/json for everything, the response media type negotiated from Accept.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.Map(pattern, HandleAsync);

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
        try
        {
            if (mediaType is null)
            {
                throw new GraphQLHttpRequestException(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                    $"Accept must allow {ResponseMediaType.GraphQLResponseJson} or {ResponseMediaType.Json}.");
            }

            var request = await ReadAsync(http);
            var result = await http.RequestServices.GetRequiredService<GraphQLRequestExecutor>()
                .ExecuteAsync(http, request, null, http.RequestAborted, queriesOnly: HttpMethods.IsGet(http.Request.Method));
            if (!await CacheableResponse.TryWriteAsync(http, mediaType, result))
            {
                await GraphQLHttpResponseWriter.WriteResultAsync(http, mediaType, result);
            }
        }
        catch (GraphQLHttpRequestException error)
        {
            await GraphQLHttpResponseWriter.WriteRequestErrorAsync(http, mediaType ?? ResponseMediaType.Json, error);
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

        http.Response.Headers.Allow = "GET, POST";
        throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
            "GraphQL requests use GET (queries) or POST.");
    }
}

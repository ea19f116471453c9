using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Execution;
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
            var document = ParseForMethod(request.Query, request.OperationName, http.Request.Method);
            var result = await http.RequestServices.GetRequiredService<GraphQLRequestExecutor>()
                .ExecuteAsync(http, request, document, http.RequestAborted);
            await GraphQLHttpResponseWriter.WriteResultAsync(http, mediaType, result);
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

    /// <summary>
    /// Parses the document up front when it came by GET, because only queries may: a mutation over
    /// GET is refused with 405 before anything runs. Syntax errors are left to the executer to report.
    /// </summary>
    internal static GraphQLDocument? ParseForMethod(string query, string? operationName, string method)
    {
        if (!HttpMethods.IsGet(method))
        {
            return null;
        }

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null;
        }

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => operationName is null || string.Equals(o.Name?.StringValue, operationName, StringComparison.Ordinal));
        if (operation is not null && operation.Operation != OperationType.Query)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.")
            { Data = { ["Allow"] = "POST" } };
        }

        return document;
    }
}

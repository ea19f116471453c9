using GraphQL;
using Stage.Api.Health;

namespace Stage.Api.GraphQL.Http;

public static class GraphQLHttpResponseWriter
{
    /// <summary>
    /// A database outage is a 503 (with <c>Retry-After</c>) whatever the media type.
    /// With application/graphql-response+json, a request that never executed (syntax, validation or
    /// variable errors) is a 400; with application/json every well-formed request gets 200.
    /// </summary>
    public static Task WriteResultAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        if (DatabaseOutage.Affects(result))
        {
            http.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return WriteAsync(http, mediaType, StatusCodes.Status503ServiceUnavailable, result);
        }

        var status = ErrorStatus.Of(result) ?? (!result.Executed && mediaType == ResponseMediaType.GraphQLResponseJson
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK);
        return WriteAsync(http, mediaType, status, result);
    }

    public static Task WriteRequestErrorAsync(HttpContext http, string mediaType, GraphQLHttpRequestException error)
    {
        if (error.Data["Allow"] is string allow)
        {
            http.Response.Headers.Allow = allow;
        }

        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        return WriteAsync(http, mediaType, error.StatusCode, result);
    }

    private static async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}

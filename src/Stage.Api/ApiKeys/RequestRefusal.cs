using Stage.Api.GraphQL.Http;

namespace Stage.Api.ApiKeys;

/// <summary>Answers a request refused before GraphQL runs (bad key, origin, rate limit, outage) with a GraphQL error body.</summary>
public static class RequestRefusal
{
    public static Task WriteAsync(HttpContext http, int status, string code, string message)
    {
        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept.OfType<string>().ToList()) ?? ResponseMediaType.Json;
        return GraphQLHttpResponseWriter.WriteRequestErrorAsync(http, mediaType, new GraphQLHttpRequestException(status, code, message));
    }
}

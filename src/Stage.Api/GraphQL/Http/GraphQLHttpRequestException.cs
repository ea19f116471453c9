namespace Stage.Api.GraphQL.Http;

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request; answered with its status code.</summary>
public sealed class GraphQLHttpRequestException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
}

using GraphQL;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Kit.Http;

/// <summary>The response media types of GraphQL over HTTP and of its event streams, chosen from <c>Accept</c>.</summary>
public static class ResponseMediaType
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// The JSON media type to answer with, or null when the client accepts neither (406). No Accept header means
    /// application/json, as the specification asks for legacy clients; on equal preference the specification's own
    /// type wins if the client names it, while a mere wildcard (<c>*/*</c>, <c>application/*</c>) gets application/json,
    /// which every client reads.
    /// </summary>
    public static string? Negotiate(AcceptHeader accept)
    {
        if (!accept.IsPresent)
        {
            return Json;
        }

        var strict = accept.QualityOf(GraphQLResponseJson);
        var legacy = accept.QualityOf(Json);
        return strict <= 0 && legacy <= 0 ? null
            : strict > legacy || (strict == legacy && accept.Names(GraphQLResponseJson)) ? GraphQLResponseJson
            : Json;
    }

    /// <summary>How much the client wants the JSON type <see cref="Negotiate"/> picks: 1 without an Accept header.</summary>
    public static double JsonQuality(AcceptHeader accept) =>
        !accept.IsPresent ? 1 : Math.Max(accept.QualityOf(GraphQLResponseJson), accept.QualityOf(Json));
}

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

    /// <summary>
    /// A request refused before it ran (bad token or key, origin, rate limit), in the media type the client accepts, else JSON;
    /// readable by a page of another origin, since it holds nothing but the reason.
    /// </summary>
    public static Task WriteRefusalAsync(HttpContext http, GraphQLHttpRequestException refusal)
    {
        BrowserOrigin.LetThePageRead(http);
        return WriteRequestErrorAsync(http, ResponseMediaType.Negotiate(AcceptHeader.Of(http.Request)) ?? ResponseMediaType.Json, refusal);
    }

    public static Task WriteRequestErrorAsync(HttpContext http, string mediaType, GraphQLHttpRequestException error)
    {
        if (error.Allow is { } allow)
        {
            http.Response.Headers.Allow = allow;
        }

        if (error.RetryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        return WriteAsync(http, mediaType, error.StatusCode, result);
    }

    /// <summary>
    /// The results of a batch, in its order, as a JSON array: 200 whatever each holds, since one status cannot speak for
    /// them all; each result's errors carry their codes.
    /// </summary>
    public static async Task WriteBatchAsync(HttpContext http, string mediaType, IReadOnlyList<ExecutionResult> results)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, results, http.RequestAborted);
    }

    private static async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}

/// <summary>
/// The HTTP status of a result refused for a reason the status line should carry, whatever the media type;
/// null leaves the GraphQL-over-HTTP rule (400 or 200 by media type).
/// </summary>
public static class ErrorStatus
{
    public static int? Of(ExecutionResult result) => result.Errors is [var first, ..] ? first.Code switch
    {
        ErrorCodes.BadRequest or ErrorCodes.PersistedQueryHashMismatch => StatusCodes.Status400BadRequest,
        ErrorCodes.PersistedOperationsOnly => StatusCodes.Status403Forbidden,
        ErrorCodes.PersistedDocumentNotFound => StatusCodes.Status404NotFound,
        // The database, upstream of this API, did not answer in time.
        ErrorCodes.Timeout => StatusCodes.Status504GatewayTimeout,
        _ => null,
    } : null;
}

/// <summary>
/// A request refused before it ran, answered with its status code whatever the media type: one that is not a
/// well-formed GraphQL-over-HTTP request, or one whose caller has spent its allowance.
/// </summary>
public sealed class GraphQLHttpRequestException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;

    /// <summary>The methods the answer names in <c>Allow</c> (405).</summary>
    public string? Allow { get; init; }

    /// <summary>The seconds the answer names in <c>Retry-After</c> (429).</summary>
    public int? RetryAfterSeconds { get; init; }
}

using GraphQL;
using Microsoft.Net.Http.Headers;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Kit.Http;

/// <summary>The two response media types of the GraphQL-over-HTTP specification, chosen from <c>Accept</c>.</summary>
public static class ResponseMediaType
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406). No Accept header
    /// means application/json, as the specification asks for legacy clients; on equal preference the
    /// specification's own type wins.
    /// </summary>
    public static string? Negotiate(IList<string> acceptHeader)
    {
        if (acceptHeader.Count == 0 || acceptHeader.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeader, out var accepted))
        {
            return null;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var candidate in accepted)
        {
            var quality = candidate.Quality ?? 1;
            var offered = Offer(candidate);
            if (offered is null || quality <= 0 || quality < bestQuality || (quality == bestQuality && best == GraphQLResponseJson))
            {
                continue;
            }

            if (quality > bestQuality || offered == GraphQLResponseJson)
            {
                best = offered;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static string? Offer(MediaTypeHeaderValue candidate)
    {
        if (candidate.Charset.HasValue && !candidate.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var mediaType = candidate.MediaType.Value ?? "";
        return mediaType.ToUpperInvariant() switch
        {
            "APPLICATION/GRAPHQL-RESPONSE+JSON" => GraphQLResponseJson,
            "APPLICATION/JSON" or "APPLICATION/*" or "*/*" => Json,
            _ => null,
        };
    }
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

    /// <summary>A request refused before it ran (bad key, origin, rate limit), in the media type the client accepts, else JSON.</summary>
    public static Task WriteRefusalAsync(HttpContext http, GraphQLHttpRequestException refusal) =>
        WriteRequestErrorAsync(http, ResponseMediaType.Negotiate(http.Request.Headers.Accept.OfType<string>().ToList()) ?? ResponseMediaType.Json, refusal);

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

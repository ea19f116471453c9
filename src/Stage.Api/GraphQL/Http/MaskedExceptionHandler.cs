using GraphQL;
using Microsoft.AspNetCore.Diagnostics;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// Last line of defence: an exception that escaped the endpoint is logged and answered with a GraphQL
/// error body carrying a code, never a stack trace. Malformed HTTP (Kestrel's BadHttpRequestException)
/// keeps its 4xx status.
/// </summary>
public sealed class MaskedExceptionHandler(ILogger<MaskedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, message) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, ErrorCodes.BadRequest, "The HTTP request is malformed."),
            _ when DatabaseOutage.Is(exception) => (StatusCodes.Status503ServiceUnavailable, ErrorCodes.DatabaseUnavailable, DatabaseOutage.Message),
            _ => (StatusCodes.Status500InternalServerError, ErrorCodes.InternalServerError, "An internal error occurred. It has been logged."),
        };
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = ResponseMediaType.Json + "; charset=utf-8";
        await httpContext.RequestServices.GetRequiredService<IGraphQLSerializer>()
            .WriteAsync(httpContext.Response.Body, result, cancellationToken);
        return true;
    }
}

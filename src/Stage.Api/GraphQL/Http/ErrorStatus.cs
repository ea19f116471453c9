using GraphQL;
using Stage.Api.GraphQL.Errors;

namespace Stage.Api.GraphQL.Http;

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

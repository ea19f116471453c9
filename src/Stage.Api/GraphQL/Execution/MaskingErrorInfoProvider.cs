using GraphQL;
using GraphQL.Execution;
using Stage.Api.Kit.Errors;

namespace Stage.Api.GraphQL.Execution;

/// <summary>
/// Turns errors into their JSON form. Errors the API raises on purpose keep their message and code;
/// a database outage is <c>DATABASE_UNAVAILABLE</c>; anything unexpected (a bug) is answered with a fixed message and
/// <c>INTERNAL_SERVER_ERROR</c>, since its details are for the logs, not for clients.
/// </summary>
public sealed class MaskingErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError && DatabaseOutage.Is(executionError.InnerException))
        {
            return new ErrorInfo
            {
                Message = DatabaseOutage.Message,
                Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.DatabaseUnavailable },
            };
        }

        if (executionError is UnhandledError)
        {
            return new ErrorInfo
            {
                Message = "An internal error occurred. It has been logged.",
                Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError },
            };
        }

        var info = base.GetInfo(executionError);
        if (executionError is InvalidArgumentError invalid)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["argument"] = invalid.Argument;
        }

        return info;
    }
}

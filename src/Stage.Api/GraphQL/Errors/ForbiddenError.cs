using GraphQL;

namespace Stage.Api.GraphQL.Errors;

/// <summary>The viewer may not do this. The message never tells whether the object exists.</summary>
public sealed class ForbiddenError : ExecutionError
{
    public ForbiddenError(string message) : base(message)
    {
        Code = ErrorCodes.Forbidden;
    }
}

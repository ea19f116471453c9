using GraphQL;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Identity;

/// <summary>An anonymous request asked for something only a signed-in viewer may see or do.</summary>
public sealed class UnauthenticatedError : ExecutionError
{
    public UnauthenticatedError() : base("Sign in first: send a token in the Authorization header (Bearer).")
    {
        Code = ErrorCodes.Unauthenticated;
    }
}

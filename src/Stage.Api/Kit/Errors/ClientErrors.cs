using GraphQL;

namespace Stage.Api.Kit.Errors;

/// <summary>The viewer may not do this. The message never tells whether the object exists.</summary>
public sealed class ForbiddenError : ExecutionError
{
    public ForbiddenError(string message) : base(message)
    {
        Code = ErrorCodes.Forbidden;
    }
}

/// <summary>
/// An argument the client got wrong, found before any database work. Carries a stable code and the
/// argument's path (e.g. <c>near.latitude</c>) in <c>extensions.argument</c>.
/// </summary>
public sealed class InvalidArgumentError : ExecutionError
{
    public InvalidArgumentError(string code, string argument, string message) : base(message)
    {
        Code = code;
        Argument = argument;
    }

    public string Argument { get; }
}

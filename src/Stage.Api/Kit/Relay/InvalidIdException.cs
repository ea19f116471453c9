using GraphQL;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Kit.Relay;

public sealed class InvalidIdException : ExecutionError
{
    public InvalidIdException(string? value, string? expectedTypeName = null)
        : base(expectedTypeName is null
            ? $"'{Truncate(value)}' is not a valid id."
            : $"'{Truncate(value)}' is not a valid {expectedTypeName} id.")
    {
        Code = ErrorCodes.InvalidId;
    }

    private static string Truncate(string? value) => value is null ? "" : value.Length <= 64 ? value : value[..64] + "…";
}

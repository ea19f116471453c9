using GraphQL;
using Stage.Api.Kit.Errors;
using Stage.Api.GraphQL.Relay;

namespace Stage.Api.Schools.Pupils;

/// <summary>
/// Reads and checks the arguments of <c>pupils</c>. Every mistake is an <see cref="InvalidArgumentError"/>
/// naming the argument, raised before any database work.
/// </summary>
public static class PupilListArguments
{
    public static PupilListRequest Parse(IResolveFieldContext context, long schoolId, CursorSigner signer)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "last", "Give `first` (with `after`) or `last` (with `before`), not both.");
        }

        if (after is not null && (before is not null || last is not null))
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "after", "`after` pages forward: use it with `first`, not with `last` or `before`.");
        }

        if (before is not null && first is not null)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "before", "`before` pages backward: use it with `last`, not with `first`.");
        }

        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0 or > PupilPaging.MaxPageSize)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidPageSize, name, $"`{name}` must be between 0 and {PupilPaging.MaxPageSize}.");
            }
        }

        var backward = last is not null || before is not null;
        var cursor = backward ? before : after;
        var request = new PupilListRequest(schoolId, context.GetArgument<Dictionary<string, object?>?>("where"),
            first ?? last ?? PupilPaging.DefaultPageSize, backward, null);
        _ = PupilListSql.Count(request); // translates the filter once, so that its mistakes surface here
        return cursor is null ? request : request with { Cursor = PupilCursor.Decode(cursor, signer, backward ? "before" : "after") };
    }
}

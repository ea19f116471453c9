using GraphQL;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Schools.Pupils;

/// <summary>
/// Reads and checks the arguments of <c>pupils</c>. Every mistake is an <see cref="InvalidArgumentError"/>
/// naming the argument, raised before any database work.
/// </summary>
public static class PupilListArguments
{
    public static PupilListRequest Parse(IResolveFieldContext context, long schoolId, PagingOptions paging, CursorSigner signer)
    {
        var page = PageArguments.Read(context, paging);
        var request = new PupilListRequest(schoolId, context.GetArgument<Dictionary<string, object?>?>("where"), page.Size, page.Backward, null);
        _ = PupilListSql.Count(request); // translates the filter once, so that its mistakes surface here
        return page.Cursor is null ? request : request with { Cursor = PupilCursor.Decode(page.Cursor, signer, page.CursorArgument) };
    }
}

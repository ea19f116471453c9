using GraphQL;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Requests;


namespace Stage.Api.Pupils;

/// <summary><c>pupils</c>: a school's staff list their pupils, to follow their applications.</summary>
public sealed class PupilQueries(IOptions<PagingOptions> paging) : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<PupilConnectionType>("pupils")
            .Description(
                "The pupils of the signed-in staff member's school, in alphabetical order (last name, first name; French rules), " +
                "paged by cursor. Only for a school's staff: null with an error for anyone else.")
            .PageArguments(paging.Value, "pupils", "pupil")
            .Argument<PupilFilterInputType>(FilterArgument.Name, "Conditions on the pupils: grade, class, name.")
            .Resolve(context =>
            {
                if (context.RequireViewer() is not { Kind: AccountKind.Staff, SchoolId: { } schoolId })
                {
                    throw new ForbiddenError("Only a school's staff list its pupils.");
                }

                var services = context.RequestServices!;
                var cursors = services.GetRequiredService<KeysetCursors>();
                var request = PupilListArguments.Parse(context, schoolId, paging.Value, cursors);
                return new PupilConnection(request, services.GetRequiredService<PupilList>(), cursors, context.CancellationToken);
            });
}

/// <summary>
/// Reads and checks the arguments of <c>pupils</c>. Every mistake is an <see cref="InvalidArgumentError"/>
/// naming the argument, raised before any database work.
/// </summary>
public static class PupilListArguments
{
    public static PupilListRequest Parse(IResolveFieldContext context, long schoolId, PagingOptions paging, KeysetCursors cursors)
    {
        var page = PageArguments.Read(context, paging);
        var request = new PupilListRequest(schoolId, FilterArgument.Read(context, PupilFilter.Fields), page.Size, page.Backward, null);
        return page.Cursor is null ? request
            : request with { Cursor = cursors.Decode(page.Cursor, PupilListSql.Ordering, PupilListSql.SortValueTypes, page.CursorArgument) };
    }
}

/// <summary>
/// A page of a school's pupils: <paramref name="Size"/> rows after the cursor (forward, from
/// <c>first/after</c>) or before it (backward, from <c>last/before</c>), among those the filter keeps.
/// </summary>
public sealed record PupilListRequest(long SchoolId, FilterNode? Where, int Size, bool Backward, KeysetPosition? Cursor);

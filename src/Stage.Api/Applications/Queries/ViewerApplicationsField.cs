using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Applications.Queries;

/// <summary>
/// <c>me { applications }</c>: a pupil's own applications, a host's applications to its offers,
/// staff's pupils' applications, an operator's offers' applications; newest first by default.
/// </summary>
public static class ViewerApplicationsField
{
    public static void AddTo(ObjectGraphType<Viewer> viewer, PagingOptions paging) =>
        viewer.Field<NonNullGraphType<ApplicationConnectionType>>("applications")
            .Description("The applications the viewer is party to: their own (pupil), their offers' (host, operator), their pupils' (staff), all (admin).")
            .PageArguments(paging, "applications", "application")
            .Argument<ApplicationFilterInputType>(FilterArgument.Name, "Conditions on the applications.")
            .Argument<ListGraphType<NonNullGraphType<ApplicationSortInputType>>>("order", "One sort key; default: submittedAt DESC.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var cursors = services.GetRequiredService<KeysetCursors>();
                var list = services.GetRequiredService<ApplicationList>();
                var request = Parse(context, paging, cursors);
                var (page, hasMore) = await list.PageAsync(context.Source, request, context.CancellationToken);
                return new ApplicationConnection(context.Source, request, page, hasMore, list, cursors, context.CancellationToken);
            });

    private static ApplicationListRequest Parse(IResolveFieldContext context, PagingOptions paging, KeysetCursors cursors)
    {
        var (field, direction) = (ApplicationSortField.SubmittedAt, SortDirection.Descending);
        var order = context.GetArgument<List<SortInput<ApplicationSortField>>?>("order");
        if (order is { Count: > 0 })
        {
            (field, direction) = order is [var only]
                ? only.OneKey("order[0]")
                : throw new InvalidArgumentError(ErrorCodes.InvalidOrder, "order", "Give one sort object naming one field.");
        }

        var page = PageArguments.Read(context, paging);
        var request = new ApplicationListRequest(FilterArgument.Read(context, ApplicationFilter.Fields), field, direction, page.Size, page.Backward, null);
        return page.Cursor is null ? request
            : request with { Cursor = cursors.Decode(page.Cursor, request.Ordering, ApplicationListRequest.SortValueTypes, page.CursorArgument) };
    }
}

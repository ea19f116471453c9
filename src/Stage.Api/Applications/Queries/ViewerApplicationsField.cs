using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Applications.Queries;

/// <summary>
/// <c>me { applications }</c>: a pupil's own applications, a host's applications to its offers,
/// staff's pupils' applications, an operator's offers' applications; newest first by default.
/// </summary>
public static class ViewerApplicationsField
{
    public static void AddTo(ObjectGraphType<Viewer> viewer) =>
        viewer.Field<NonNullGraphType<ApplicationConnectionType>>("applications")
            .Description("The applications the viewer is party to: their own (pupil), their offers' (host, operator), their pupils' (staff), all (admin).")
            .Argument<IntGraphType>("first", "How many from the start or after `after`: 0 to 100, default 20.")
            .Argument<StringGraphType>("after", "A cursor: the page starts after this application.")
            .Argument<IntGraphType>("last", "How many from the end or before `before`: 0 to 100.")
            .Argument<StringGraphType>("before", "A cursor: the page ends before this application.")
            .Argument<ApplicationFilterInputType>(FilterArgument.Name, "Conditions on the applications.")
            .Argument<ListGraphType<NonNullGraphType<ApplicationSortInputType>>>("order", "One sort key; default: submittedAt DESC.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var signer = services.GetRequiredService<CursorSigner>();
                var list = services.GetRequiredService<ApplicationList>();
                var request = Parse(context, services.GetRequiredService<IOptions<PagingOptions>>().Value, signer);
                var (page, hasMore) = await list.PageAsync(context.Source, request, context.CancellationToken);
                return new ApplicationConnection(context.Source, request, page, hasMore, list, signer, context.CancellationToken);
            });

    private static ApplicationListRequest Parse(IResolveFieldContext context, PagingOptions paging, CursorSigner signer)
    {
        var (field, direction) = (ApplicationSortField.SubmittedAt, SortDirection.Descending);
        var order = context.GetArgument<List<SortInput<ApplicationSortField>>?>("order");
        if (order is { Count: > 0 })
        {
            (field, direction) = order is [{ Given: [{ Value: { } chosen } key] }]
                ? (key.Key, chosen)
                : throw new InvalidArgumentError(ErrorCodes.InvalidOrder, "order", "Give one sort object naming one field.");
        }

        var page = PageArguments.Read(context, paging);
        var cursor = page.Cursor is null ? null : ApplicationCursor.Decode(page.Cursor, field, direction, signer, page.CursorArgument);
        return new ApplicationListRequest(FilterArgument.Read(context, ApplicationFilter.Fields), field, direction, page.Size, page.Backward, cursor);
    }
}

using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Relay;
using Stage.Api.Identity;

namespace Stage.Api.Applications.Queries;

/// <summary>A page of a viewer's applications; the total is counted only when asked for.</summary>
public sealed class ApplicationConnection(
    Viewer viewer, ApplicationListRequest request, List<Application> page, bool hasMore, ApplicationList list, CursorSigner signer)
{
    public IReadOnlyList<ApplicationEdge> Edges => page.Select(a => new ApplicationEdge(Cursor(a), a)).ToList();

    public IReadOnlyList<Application> Nodes => page;

    public ConnectionPageInfo PageInfo => new(
        request.Backward ? request.Cursor is not null : hasMore,
        request.Backward ? hasMore : request.Cursor is not null,
        page.Count > 0 ? Cursor(page[0]) : null,
        page.Count > 0 ? Cursor(page[^1]) : null);

    public Task<int> CountAsync(CancellationToken cancellationToken) => list.CountAsync(viewer, request, cancellationToken);

    private string Cursor(Application application) =>
        new ApplicationCursor(request.Field, request.Direction,
            (request.Field == ApplicationSortField.SubmittedAt ? application.SubmittedAt : application.StatusChangedAt).UtcTicks,
            application.Id).Encode(signer);
}

using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Applications.Queries;

/// <summary>A page of a viewer's applications, read before it is returned; the total is counted only when asked for.</summary>
public sealed class ApplicationConnection(
    Viewer viewer, ApplicationListRequest request, List<Application> page, bool hasMore, ApplicationList list, KeysetCursors cursors, CancellationToken cancellationToken)
    : Connection<Application>(
        () => Task.FromResult(new ConnectionPage<Application>(
            page,
            request.Backward ? request.Cursor is not null : hasMore,
            request.Backward ? hasMore : request.Cursor is not null)),
        application => cursors.Encode(request.Ordering, request.Position(application)))
{
    public override Task<int> TotalCountAsync() => list.CountAsync(viewer, request, cancellationToken);
}

public sealed class ApplicationEdgeType() : EdgeType<Application, ApplicationType>("ApplicationEdge", "An application in a page, with its cursor.", "application", application => application);

public sealed class ApplicationConnectionType() : ConnectionType<ApplicationConnection, Application, ApplicationType, ApplicationEdgeType>(
    "ApplicationConnection", "A page of applications (Relay connection).", "applications",
    "How many applications match (all pages). Computed only when asked for.", application => application);

using Stage.Api.Kit.Filtering;

namespace Stage.Api.Applications.Queries;

/// <summary>A validated page request over the applications a viewer may see.</summary>
public sealed record ApplicationListRequest(
    IDictionary<string, object?>? Where,
    ApplicationSortField Field,
    SortDirection Direction,
    int Size,
    bool Backward,
    ApplicationCursor? Cursor);

using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Applications.Queries;

/// <summary>A validated page request over the applications a viewer may see.</summary>
public sealed record ApplicationListRequest(
    FilterNode? Where,
    ApplicationSortField Field,
    SortDirection Direction,
    int Size,
    bool Backward,
    KeysetPosition? Cursor)
{
    /// <summary>Names the order of this list in its cursors, so that a cursor of another order is refused.</summary>
    public string Ordering => $"applications:{Field}:{Direction}";

    public static readonly IReadOnlyList<Type> SortValueTypes = [typeof(DateTimeOffset)];

    public KeysetPosition Position(Application application) =>
        new([Field == ApplicationSortField.SubmittedAt ? application.SubmittedAt : application.StatusChangedAt], application.Id);

    /// <summary>The sort key's value at the cursor.</summary>
    public DateTimeOffset? CursorTime => (DateTimeOffset?)Cursor?.Values[0];
}

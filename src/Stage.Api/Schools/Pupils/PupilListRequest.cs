namespace Stage.Api.Schools.Pupils;

/// <summary>
/// A page of a school's pupils: <paramref name="Size"/> rows after the cursor (forward, from
/// <c>first/after</c>) or before it (backward, from <c>last/before</c>), among those the filter keeps.
/// </summary>
public sealed record PupilListRequest(long SchoolId, IDictionary<string, object?>? Where, int Size, bool Backward, PupilCursor? Cursor);

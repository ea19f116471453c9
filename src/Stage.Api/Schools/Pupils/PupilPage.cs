namespace Stage.Api.Schools.Pupils;

/// <summary>A page of pupils in list order, and whether pupils come after or before it.</summary>
public sealed record PupilPage(IReadOnlyList<Pupil> Pupils, bool HasNextPage, bool HasPreviousPage);

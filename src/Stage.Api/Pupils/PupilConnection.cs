using Stage.Api.Kit.Paging;

using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>The result of <c>pupils</c>. The page is read once, on first use; the count only when a client selects it.</summary>
public sealed class PupilConnection(PupilListRequest request, PupilList list, KeysetCursors cursors, CancellationToken cancellationToken)
    : Connection<Pupil>(() => list.PageAsync(request, cancellationToken), pupil => cursors.Encode(PupilListSql.Ordering, PupilListSql.Position(pupil)))
{
    public override Task<int> TotalCountAsync() => list.CountAsync(request, cancellationToken);
}

public sealed class PupilEdgeType() : EdgeType<Pupil, PupilType>("PupilEdge", "A pupil in a page of a school's pupils, with its cursor.", "pupil", pupil => pupil);

public sealed class PupilConnectionType() : ConnectionType<PupilConnection, Pupil, PupilType, PupilEdgeType>(
    "PupilConnection", "A page of a school's pupils (Relay connection), in alphabetical order of last then first name.", "pupils",
    "How many pupils match the filter (all pages). Computed only when asked for.", pupil => pupil);

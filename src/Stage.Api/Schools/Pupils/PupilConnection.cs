using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Schools.Pupils;

/// <summary>The result of <c>pupils</c>. The page is read once, on first use; the count only when a client selects it.</summary>
public sealed class PupilConnection(PupilListRequest request, PupilList list, CursorSigner signer, CancellationToken cancellationToken)
{
    private readonly Lazy<Task<PupilPage>> _page = new(() => list.PageAsync(request, cancellationToken));

    public async Task<IReadOnlyList<PupilEdge>> EdgesAsync() => [.. (await _page.Value).Pupils.Select(p => new PupilEdge(Cursor(p), p))];

    public async Task<IReadOnlyList<Pupil>> NodesAsync() => (await _page.Value).Pupils;

    public async Task<ConnectionPageInfo> PageInfoAsync()
    {
        var page = await _page.Value;
        return new ConnectionPageInfo(
            page.HasNextPage,
            page.HasPreviousPage,
            page.Pupils.Count > 0 ? Cursor(page.Pupils[0]) : null,
            page.Pupils.Count > 0 ? Cursor(page.Pupils[^1]) : null);
    }

    public Task<int> TotalCountAsync() => list.CountAsync(request, cancellationToken);

    private string Cursor(Pupil pupil) => new PupilCursor(pupil.LastName, pupil.FirstName, pupil.Id).Encode(signer);
}

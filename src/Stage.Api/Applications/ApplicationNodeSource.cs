using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications;

/// <summary>Applications by id, for their parties only (see <see cref="ApplicationAccess"/>).</summary>
public sealed class ApplicationNodeSource(IDbContextFactory<StageDbContext> databases) : INodeSource
{
    public string TypeName => ApplicationType.TypeName;

    public bool IsPrivate => true;

    public async Task<IReadOnlyDictionary<long, object>> LoadAsync(IReadOnlyCollection<long> ids, Viewer? viewer, CancellationToken cancellationToken)
    {
        if (viewer is null)
        {
            return new Dictionary<long, object>();
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Applications.AsNoTracking().VisibleTo(viewer)
            .Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School)
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (object)a, cancellationToken);
    }
}

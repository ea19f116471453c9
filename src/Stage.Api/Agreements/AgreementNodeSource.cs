using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements;

/// <summary>Agreements by id, for their parties only (see <see cref="AgreementAccess"/>).</summary>
public sealed class AgreementNodeSource(IDbContextFactory<StageDbContext> databases) : INodeSource
{
    public string TypeName => AgreementType.TypeName;

    public bool IsPrivate => true;

    public async Task<IReadOnlyDictionary<long, object>> LoadAsync(IReadOnlyCollection<long> ids, Viewer? viewer, CancellationToken cancellationToken)
    {
        if (viewer is null)
        {
            return new Dictionary<long, object>();
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Agreements.AsNoTracking().VisibleTo(db, viewer).Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (object)a, cancellationToken);
    }
}

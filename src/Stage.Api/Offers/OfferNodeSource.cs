using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers;

public sealed class OfferNodeSource(IDbContextFactory<StageDbContext> databases) : INodeSource
{
    public string TypeName => OfferType.TypeName;

    public async Task<IReadOnlyDictionary<long, object>> LoadAsync(IReadOnlyCollection<long> ids, Viewer? viewer, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Offers.AsNoTracking().VisibleTo(viewer)
            .Include(o => o.Employer)
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (object)o, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers;

public sealed class EmployerNodeSource(IDbContextFactory<StageDbContext> databases) : INodeSource
{
    public string TypeName => EmployerType.TypeName;

    public async Task<IReadOnlyDictionary<long, object>> LoadAsync(IReadOnlyCollection<long> ids, Viewer? viewer, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Employers.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => (object)e, cancellationToken);
    }
}

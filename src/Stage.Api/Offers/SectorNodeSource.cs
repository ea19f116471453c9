using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers;

/// <summary>Sectors are fixed reference data (seeded by a migration), served from memory.</summary>
public sealed class SectorNodeSource : INodeSource
{
    public string TypeName => SectorType.TypeName;

    public Task<IReadOnlyDictionary<long, object>> LoadAsync(IReadOnlyCollection<long> ids, Viewer? viewer, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<long, object> found = Sectors.All
            .Where(s => ids.Contains(s.Id))
            .ToDictionary(s => (long)s.Id, s => (object)s);
        return Task.FromResult(found);
    }
}

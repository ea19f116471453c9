using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Applications;
using Stage.Api.Data;
using Stage.Api.Identity;

namespace Stage.Api.Schools.Pupils;

/// <summary>
/// Loads the applications of every pupil of a result at once (a data loader, one per request): each
/// <c>applications</c> field joins the pending batch, and GraphQL.NET reads the batch once all the
/// fields of the level asked for theirs, with one query instead of one per pupil.
/// </summary>
public sealed class PupilApplicationsLoader(IDbContextFactory<StageDbContext> databases)
{
    private readonly Lock _gate = new();
    private Batch _pending = new();

    public IDataLoaderResult<IReadOnlyList<Application>> Load(Viewer viewer, long pupilId)
    {
        lock (_gate)
        {
            _pending.PupilIds.Add(pupilId);
            return new BatchResult(this, _pending, viewer, pupilId);
        }
    }

    private Task<ILookup<long, Application>> RunAsync(Batch batch, Viewer viewer, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Loading is null)
            {
                if (ReferenceEquals(batch, _pending))
                {
                    _pending = new Batch();
                }

                batch.Loading = LoadAsync([.. batch.PupilIds], viewer, cancellationToken);
            }

            return batch.Loading;
        }
    }

    /// <summary>The applications of these pupils that the viewer may see, newest first, with their offers.</summary>
    private async Task<ILookup<long, Application>> LoadAsync(long[] pupilIds, Viewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var applications = await db.Applications.AsNoTracking().VisibleTo(viewer)
            .Where(a => pupilIds.Contains(a.PupilId))
            .Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School)
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        return applications.ToLookup(a => a.PupilId);
    }

    private sealed class Batch
    {
        public HashSet<long> PupilIds { get; } = [];

        public Task<ILookup<long, Application>>? Loading { get; set; }
    }

    private sealed class BatchResult(PupilApplicationsLoader loader, Batch batch, Viewer viewer, long pupilId)
        : IDataLoaderResult<IReadOnlyList<Application>>
    {
        public async Task<IReadOnlyList<Application>> GetResultAsync(CancellationToken cancellationToken = default) =>
            [.. (await loader.RunAsync(batch, viewer, cancellationToken))[pupilId]];

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

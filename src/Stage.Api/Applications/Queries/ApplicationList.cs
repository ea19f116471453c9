using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications.Queries;

/// <summary>Pages of the applications a viewer may see, by keyset on (time, id); the count only when asked.</summary>
public sealed class ApplicationList(IDbContextFactory<StageDbContext> databases)
{
    public async Task<(List<Application> Page, bool HasMore)> PageAsync(Viewer viewer, ApplicationListRequest request, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var ascending = (request.Direction == SortDirection.Ascending) != request.Backward;
        var query = Filtered(db, viewer, request);
        if (request.Cursor is { } cursor)
        {
            var (at, id) = (request.CursorTime!.Value, cursor.Id);
            query = (request.Field, ascending) switch
            {
                (ApplicationSortField.SubmittedAt, true) => query.Where(a => a.SubmittedAt > at || (a.SubmittedAt == at && a.Id > id)),
                (ApplicationSortField.SubmittedAt, false) => query.Where(a => a.SubmittedAt < at || (a.SubmittedAt == at && a.Id < id)),
                (_, true) => query.Where(a => a.StatusChangedAt > at || (a.StatusChangedAt == at && a.Id > id)),
                _ => query.Where(a => a.StatusChangedAt < at || (a.StatusChangedAt == at && a.Id < id)),
            };
        }

        query = (request.Field, ascending) switch
        {
            (ApplicationSortField.SubmittedAt, true) => query.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id),
            (ApplicationSortField.SubmittedAt, false) => query.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id),
            (_, true) => query.OrderBy(a => a.StatusChangedAt).ThenBy(a => a.Id),
            _ => query.OrderByDescending(a => a.StatusChangedAt).ThenByDescending(a => a.Id),
        };

        var rows = await query.Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School).Take(request.Size + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > request.Size;
        var page = rows.Take(request.Size).ToList();
        if (request.Backward)
        {
            page.Reverse();
        }

        return (page, hasMore);
    }

    public async Task<int> CountAsync(Viewer viewer, ApplicationListRequest request, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await Filtered(db, viewer, request).CountAsync(cancellationToken);
    }

    private static IQueryable<Application> Filtered(StageDbContext db, Viewer viewer, ApplicationListRequest request) =>
        FilterArgument.Apply(db.Applications.AsNoTracking().VisibleTo(viewer), request.Where);
}

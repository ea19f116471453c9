using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Identity.Authentication;

/// <summary>The account of a token's issuer and subject, with what it links to, in one query.</summary>
public sealed class ViewerLoader(IDbContextFactory<StageDbContext> databases)
{
    public async Task<Viewer?> LoadAsync(string issuer, string subject, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Accounts.AsNoTracking()
            .Where(a => a.Issuer == issuer && a.Subject == subject)
            .Select(a => new Viewer(
                a.Id,
                a.Kind,
                a.PupilId,
                a.StaffMemberId,
                a.StaffMember != null ? (StaffRole?)a.StaffMember.Role : null,
                a.Pupil != null ? a.Pupil.SchoolId : a.StaffMember != null ? (long?)a.StaffMember.SchoolId : null,
                a.EmployerMemberId,
                a.EmployerMember != null ? (long?)a.EmployerMember.EmployerId : null,
                a.OperatorId))
            .SingleOrDefaultAsync(cancellationToken);
    }
}

using GraphQL;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Applications.Mutations;

public static class ApplicationPayloads
{
    /// <summary>The payload of an outcome: the application as it now stands (with its offer), and the refusal if any.</summary>
    public static async Task<ApplicationPayload> LoadAsync(IResolveFieldContext context, MutationOutcome outcome)
    {
        Application? application = null;
        if (outcome.ApplicationId is { } id)
        {
            await using var db = await context.OpenDbAsync();
            application = await db.Applications.AsNoTracking()
                .Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School)
                .SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken);
        }

        return new ApplicationPayload(application, outcome.Error is null ? null : [outcome.Error]);
    }
}

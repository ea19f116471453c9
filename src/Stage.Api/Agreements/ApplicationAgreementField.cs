using GraphQL;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Applications;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Agreements;

/// <summary>
/// <c>Application.agreement</c> and <c>Application.agreementHistory</c>: whoever sees an application is party to its
/// agreement, and to the history of its agreements, deleted ones included.
/// </summary>
public static class ApplicationAgreementField
{
    public const string Description = "The internship agreement, from confirmation until the application is withdrawn or cancelled; null otherwise.";

    public static async Task<object?> ResolveAsync(IResolveFieldContext<Application> context)
    {
        await using var db = await context.OpenDbAsync();
        return await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == context.Source.Id, context.CancellationToken);
    }

    public const string HistoryDescription =
        "Every change of this application's agreements, oldest first, including those of an agreement since deleted (the deletion has `to: null`).";

    public static async Task<object?> ResolveHistoryAsync(IResolveFieldContext<Application> context)
    {
        await using var db = await context.OpenDbAsync();
        return await db.AgreementEvents.AsNoTracking().Where(e => e.ApplicationId == context.Source.Id).OrderBy(e => e.Id)
            .ToListAsync(context.CancellationToken);
    }
}

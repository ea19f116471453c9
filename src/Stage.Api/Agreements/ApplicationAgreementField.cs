using GraphQL;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Applications;
using Stage.Api.GraphQL;

namespace Stage.Api.Agreements;

/// <summary><c>Application.agreement</c>: whoever sees an application is party to its agreement.</summary>
public static class ApplicationAgreementField
{
    public const string Description = "The internship agreement, from confirmation until the application is withdrawn or cancelled; null otherwise.";

    public static async Task<object?> ResolveAsync(IResolveFieldContext<Application> context)
    {
        await using var db = await context.OpenDbAsync();
        return await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == context.Source.Id, context.CancellationToken);
    }
}

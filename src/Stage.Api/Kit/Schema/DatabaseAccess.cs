using GraphQL;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;

namespace Stage.Api.Kit.Schema;

/// <summary>
/// Resolvers may run in parallel, and a DbContext serves one operation at a time: each resolver
/// takes its own short-lived context from the pool.
/// </summary>
public static class DatabaseAccess
{
    public static Task<StageDbContext> OpenDbAsync(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<StageDbContext>>()
            .CreateDbContextAsync(context.CancellationToken);
}

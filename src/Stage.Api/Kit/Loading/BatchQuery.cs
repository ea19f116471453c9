using Microsoft.EntityFrameworkCore;

namespace Stage.Api.Kit.Loading;

/// <summary>
/// How a nested field reads the values of many parents with one query: a static definition shared by all
/// requests, which <see cref="BatchLoads"/> runs once per batch of keys. Build one with <see cref="BatchQuery"/>.
/// </summary>
public sealed class BatchQuery<TKey, TResult> where TKey : notnull
{
    internal BatchQuery(Func<IServiceProvider, object?, TKey[], CancellationToken, Task<Func<TKey, TResult>>> fetch) => Fetch = fetch;

    /// <summary>Reads the keys (with the loads' state, e.g. the viewer) and answers a function from each key to its result.</summary>
    internal Func<IServiceProvider, object?, TKey[], CancellationToken, Task<Func<TKey, TResult>>> Fetch { get; }
}

/// <summary>Batch queries over an EF Core context, read without tracking from a context of the request's factory.</summary>
public static class BatchQuery
{
    /// <summary>At most one row per key (an application's agreement): null for a key without one.</summary>
    public static BatchQuery<TKey, TRow?> One<TDb, TKey, TRow>(Func<TDb, TKey[], IQueryable<TRow>> query, Func<TRow, TKey> keyOf)
        where TDb : DbContext where TKey : notnull where TRow : class =>
        new(async (services, _, keys, cancellationToken) =>
        {
            var byKey = (await ReadAsync(services, (TDb db) => query(db, keys), cancellationToken)).ToDictionary(keyOf);
            return key => byKey.GetValueOrDefault(key);
        });

    /// <summary>Any number of rows per key (an application's history), in the query's order.</summary>
    public static BatchQuery<TKey, IReadOnlyList<TRow>> Many<TDb, TKey, TRow>(Func<TDb, TKey[], IQueryable<TRow>> query, Func<TRow, TKey> keyOf)
        where TDb : DbContext where TKey : notnull where TRow : class =>
        Many<TDb, TKey, TRow, object?>((db, keys, _) => query(db, keys), keyOf);

    /// <summary>Any number of rows per key, read for a state the loads pass along (the viewer whose rights filter the rows).</summary>
    public static BatchQuery<TKey, IReadOnlyList<TRow>> Many<TDb, TKey, TRow, TState>(
        Func<TDb, TKey[], TState, IQueryable<TRow>> query, Func<TRow, TKey> keyOf)
        where TDb : DbContext where TKey : notnull where TRow : class =>
        new(async (services, state, keys, cancellationToken) =>
        {
            var byKey = (await ReadAsync(services, (TDb db) => query(db, keys, (TState)state!), cancellationToken)).ToLookup(keyOf);
            return key => [.. byKey[key]];
        });

    private static async Task<List<TRow>> ReadAsync<TDb, TRow>(IServiceProvider services, Func<TDb, IQueryable<TRow>> query, CancellationToken cancellationToken)
        where TDb : DbContext where TRow : class
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TDb>>().CreateDbContextAsync(cancellationToken);
        return await query(db).AsNoTracking().ToListAsync(cancellationToken);
    }
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stage.Api.Data;
using Stage.Api.Kit.Requests;

namespace Stage.Api.ApiKeys;

/// <summary>
/// Creates, lists, revokes and recognises API keys. Valid keys and the set of origins listed on active
/// keys are remembered for <see cref="ApiKeyOptions.CacheDuration"/>; unknown keys are never cached, so
/// the cache holds at most the keys that exist.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<StageDbContext> databases, IOptions<ApiKeyOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (ApiClient Client, byte[] Hash, DateTimeOffset Until)> _valid = new(StringComparer.Ordinal);
    // A reference, replaced whole, so that concurrent requests never see half of an update.
    private volatile KnownOrigins? _origins;

    public async Task<(ApiKey Key, string Secret)> CreateAsync(NewApiKey request, CancellationToken cancellationToken)
    {
        var (secret, prefix) = ApiKeySecret.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = request.Name,
            Prefix = prefix,
            SecretHash = ApiKeySecret.Hash(secret),
            RegionCodes = [.. request.RegionCodes],
            DepartmentCodes = [.. request.DepartmentCodes],
            AllowedOrigins = [.. request.AllowedOrigins],
            PersistedOperationsOnly = request.PersistedOperationsOnly,
            RateLimitPerMinute = request.RateLimitPerMinute,
        };
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        _origins = null;
        return (key, secret);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(cancellationToken);
    }

    /// <returns>False when there is no such key; revoking a revoked key keeps its first revocation time.</returns>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // The database's clock, like created_at's, so that revoked_at >= created_at holds whatever this host's clock says.
        var found = await db.ApiKeys.Where(k => k.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedAt, k => k.RevokedAt ?? DateTimeOffset.UtcNow), cancellationToken);
        foreach (var entry in _valid.Where(e => e.Value.Client.KeyId == id))
        {
            _valid.TryRemove(entry.Key, out _);
        }

        _origins = null;
        return found > 0;
    }

    /// <summary>The client of an active key with this text, or null for an unknown, malformed or revoked key.</summary>
    public async Task<ApiClient?> FindAsync(string keyText, CancellationToken cancellationToken)
    {
        if (ApiKeySecret.PrefixOf(keyText) is not { } prefix)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (_valid.TryGetValue(prefix, out var cached) && cached.Until > now)
        {
            return ApiKeySecret.Matches(keyText, cached.Hash) ? cached.Client : null;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix && k.RevokedAt == null, cancellationToken);
        if (key is null)
        {
            _valid.TryRemove(prefix, out _);
            return null;
        }

        var client = key.ToClient();
        _valid[prefix] = (client, key.SecretHash, now + options.Value.CacheDuration);
        return ApiKeySecret.Matches(keyText, key.SecretHash) ? client : null;
    }

    /// <summary>Whether an active key (or the keyless list) allows this browser origin: what a CORS preflight may be told.</summary>
    public async Task<bool> IsKnownOriginAsync(string origin, CancellationToken cancellationToken)
    {
        if (options.Value.KeylessOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var now = clock.GetUtcNow();
        var cached = _origins;
        if (cached is null || cached.Until <= now)
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var lists = await db.ApiKeys.AsNoTracking().Where(k => k.RevokedAt == null).Select(k => k.AllowedOrigins).ToListAsync(cancellationToken);
            cached = new KnownOrigins(lists.SelectMany(o => o).ToHashSet(StringComparer.OrdinalIgnoreCase), now + options.Value.CacheDuration);
            _origins = cached;
        }

        return cached.Origins.Contains(origin);
    }

    private sealed record KnownOrigins(HashSet<string> Origins, DateTimeOffset Until);
}

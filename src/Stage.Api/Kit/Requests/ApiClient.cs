namespace Stage.Api.Kit.Requests;

/// <summary>
/// The third party behind a request's valid <c>X-Api-Key</c>, held in <c>HttpContext.Features</c>
/// (absent for callers without a key).
/// </summary>
/// <param name="KeyId">The key's id, which rate limits count against.</param>
/// <param name="Name">The key's name, for logs.</param>
/// <param name="RegionCodes">INSEE region codes the key's offer searches are scoped to; empty with no restriction.</param>
/// <param name="DepartmentCodes">Département codes the key's offer searches are scoped to; empty with no restriction.</param>
/// <param name="PersistedOperationsOnly">Whether the key may only run persisted (trusted) operations.</param>
public sealed record ApiClient(
    Guid KeyId,
    string Name,
    IReadOnlyList<string> RegionCodes,
    IReadOnlyList<string> DepartmentCodes,
    bool PersistedOperationsOnly)
{
    /// <summary>Whether the key restricts searches to a territory.</summary>
    public bool IsScopedToTerritory => RegionCodes.Count > 0 || DepartmentCodes.Count > 0;

    /// <summary>Browser origins allowed to send the key (CORS); empty: no browser may use it.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>The key's own rate limit in cost points per minute, or null for the default one.</summary>
    public int? RateLimitPerMinute { get; init; }
}

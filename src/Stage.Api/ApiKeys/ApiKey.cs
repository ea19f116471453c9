namespace Stage.Api.ApiKeys;

/// <summary>
/// A third party's API key. Only the SHA-256 of the secret is stored; <see cref="Prefix"/> (the part of
/// the key before its secret) finds the row.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required byte[] SecretHash { get; set; }

    /// <summary>INSEE region codes its offer searches are limited to (with <see cref="DepartmentCodes"/>: either matches).</summary>
    public List<string> RegionCodes { get; set; } = [];

    public List<string> DepartmentCodes { get; set; } = [];

    /// <summary>Browser origins (<c>https://portail.example.fr</c>) allowed to send the key.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    public bool PersistedOperationsOnly { get; set; }

    /// <summary>Cost points per minute, instead of the default limit for keys.</summary>
    public int? RateLimitPerMinute { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public ApiClient ToClient() =>
        new(Id, Name, RegionCodes, DepartmentCodes, PersistedOperationsOnly)
        {
            AllowedOrigins = AllowedOrigins,
            RateLimitPerMinute = RateLimitPerMinute,
        };
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Kit.Requests;

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

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys", table =>
        {
            table.HasCheckConstraint("ck_api_keys_secret_hash_is_sha256", "octet_length(secret_hash) = 32");
            table.HasCheckConstraint("ck_api_keys_rate_limit_positive", "rate_limit_per_minute > 0");
            table.HasCheckConstraint("ck_api_keys_revoked_after_created", "revoked_at >= created_at");
        });
        builder.Property(k => k.Id).HasDefaultValueSql("gen_random_uuid()");
        builder.Property(k => k.Name).HasMaxLength(ApiKeySecret.MaxNameLength);
        builder.Property(k => k.Prefix).HasMaxLength(32);
        builder.Property(k => k.CreatedAt).HasDefaultValueSql("now()");
        builder.HasIndex(k => k.Prefix).IsUnique();
    }
}

/// <summary>
/// The text of a key: <c>stage_{prefix}_{secret}</c>, a 12-character lookup prefix and a 43-character
/// alphanumeric secret (256 random bits; no punctuation, so a double click selects the whole key).
/// The secret is high-entropy, so one SHA-256 (no slow hash) is enough to store it safely.
/// </summary>
public static class ApiKeySecret
{
    public const int MaxNameLength = 100;
    private const string Scheme = "stage_";
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new key's full text and its prefix.</summary>
    public static (string Key, string Prefix) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(Alphabet, 12);
        var secret = RandomNumberGenerator.GetString(SecretAlphabet, 43);
        return ($"{Scheme}{prefix}_{secret}", prefix);
    }

    /// <summary>The lookup prefix of a key text, or null when it is not shaped like one of our keys.</summary>
    public static string? PrefixOf(string key)
    {
        if (key.Length > 200 || !key.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var end = key.IndexOf('_', Scheme.Length);
        return end == Scheme.Length + 12 ? key[Scheme.Length..end] : null;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(key), hash);
}

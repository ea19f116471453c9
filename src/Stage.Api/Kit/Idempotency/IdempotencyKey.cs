using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Stage.Api.Kit.Idempotency;

/// <summary>A mutation's idempotency key and the result of its first execution, kept at least 24 hours.</summary>
public sealed class IdempotencyKey
{
    public long AccountId { get; set; }
    public required string Key { get; set; }
    public required string Operation { get; set; }

    /// <summary>SHA-256 of the operation's input: the same key with another input is refused.</summary>
    public required string InputHash { get; set; }

    /// <summary>The first execution's result, as JSON; null while it is still running.</summary>
    public string? Result { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// The <c>idempotency_keys</c> table. Keys belong to an account, deleted with it; the account entity is a type
/// argument because the kit knows no feature.
/// </summary>
public sealed class IdempotencyKeyConfiguration<TAccount> : IEntityTypeConfiguration<IdempotencyKey>
    where TAccount : class
{

    public void Configure(EntityTypeBuilder<IdempotencyKey> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => new { k.AccountId, k.Key });
        builder.Property(k => k.Key).HasMaxLength(IdempotencyKeyField.MaxLength);
        builder.Property(k => k.Operation).HasMaxLength(64);
        builder.Property(k => k.InputHash).HasMaxLength(64);
        builder.Property(k => k.CreatedAt).HasDefaultValueSql("now()");
        builder.HasOne<TAccount>().WithMany().HasForeignKey(k => k.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.CreatedAt);
    }
}

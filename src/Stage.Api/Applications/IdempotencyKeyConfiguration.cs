using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Stage.Api.Applications;

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    public const int MaxKeyLength = 100;

    public void Configure(EntityTypeBuilder<IdempotencyKey> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => new { k.AccountId, k.Key });
        builder.Property(k => k.Key).HasMaxLength(MaxKeyLength);
        builder.Property(k => k.Operation).HasMaxLength(64);
        builder.Property(k => k.InputHash).HasMaxLength(64);
        builder.Property(k => k.CreatedAt).HasDefaultValueSql("now()");
        builder.HasOne<Identity.Account>().WithMany().HasForeignKey(k => k.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.CreatedAt);
    }
}

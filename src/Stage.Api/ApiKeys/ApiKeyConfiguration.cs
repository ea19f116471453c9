using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Stage.Api.ApiKeys;

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

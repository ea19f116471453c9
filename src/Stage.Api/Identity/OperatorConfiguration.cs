using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;

namespace Stage.Api.Identity;

internal sealed class OperatorConfiguration : IEntityTypeConfiguration<Operator>
{
    public void Configure(EntityTypeBuilder<Operator> builder)
    {
        builder.ToTable("operators");
        builder.Property(o => o.Name).HasMaxLength(FieldLimits.OperatorName);
        builder.Property(o => o.CreatedAt).HasDefaultValueSql("now()");
        builder.HasIndex(o => o.Name).IsUnique();
    }
}

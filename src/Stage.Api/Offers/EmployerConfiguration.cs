using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;

namespace Stage.Api.Offers;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.ToTable("employers", table =>
        {
            table.HasCheckConstraint("ck_employers_name_not_blank", "length(btrim(name)) > 0");
            table.HasCheckConstraint("ck_employers_siret", "siret ~ '^[0-9]{14}$'");
        });
        builder.Property(e => e.Name).HasMaxLength(FieldLimits.EmployerName);
        builder.Property(e => e.Description).HasMaxLength(FieldLimits.EmployerDescription);
        builder.Property(e => e.Website).HasMaxLength(FieldLimits.Website);
        builder.Property(e => e.Siret).HasMaxLength(14).IsFixedLength();
        builder.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasDefaultValueSql("now()").ValueGeneratedOnAddOrUpdate();
        builder.HasIndex(e => e.Siret);
    }
}

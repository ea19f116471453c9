using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;

namespace Stage.Api.Schools;

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.ToTable("pupils", table =>
        {
            table.HasCheckConstraint("ck_pupils_ine", "ine ~ '^[0-9]{9}[0-9A-Z][A-Z]$'");
            table.HasCheckConstraint("ck_pupils_birth_date", "birth_date BETWEEN DATE '1990-01-01' AND DATE '2030-12-31'");
        });
        builder.Property(p => p.Ine).HasMaxLength(11).IsFixedLength();
        builder.Property(p => p.FirstName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(p => p.LastName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(p => p.ClassName).HasMaxLength(FieldLimits.ClassName);
        builder.Property(p => p.CreatedAt).HasDefaultValueSql("now()");
        builder.HasOne(p => p.School).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Ine).IsUnique();
    }
}

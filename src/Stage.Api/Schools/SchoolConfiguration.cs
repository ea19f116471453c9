using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;
using Stage.Api.Geography;

namespace Stage.Api.Schools;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("schools", table =>
        {
            table.HasCheckConstraint("ck_schools_uai", "uai ~ '^[0-9]{7}[A-Z]$'");
            table.HasCheckConstraint("ck_schools_postal_code", "department_code IS NOT NULL");
            table.HasCheckConstraint("ck_schools_coordinates", Coordinates.CheckSql);
        });
        builder.Property(s => s.Uai).HasMaxLength(8).IsFixedLength();
        builder.Property(s => s.Name).HasMaxLength(FieldLimits.SchoolName);
        builder.Property(s => s.Street).HasMaxLength(FieldLimits.Street);
        builder.Property(s => s.PostalCode).HasMaxLength(5);
        builder.Property(s => s.City).HasMaxLength(FieldLimits.City);
        builder.Property(s => s.DepartmentCode).HasMaxLength(3)
            .HasComputedColumnSql("stage_department_of('FR', postal_code)", stored: true);
        builder.Property(s => s.Location).HasColumnType("geography (Point, 4326)").HasComputedColumnSql(Coordinates.LocationSql, stored: true);
        builder.Property(s => s.CreatedAt).HasDefaultValueSql("now()");
        builder.HasIndex(s => s.Uai).IsUnique();
        builder.HasIndex(s => s.Location).HasMethod("gist");
    }
}

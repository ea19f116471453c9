using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Stage.Api.Offers;

internal sealed class SectorConfiguration : IEntityTypeConfiguration<Sector>
{
    public void Configure(EntityTypeBuilder<Sector> builder)
    {
        builder.ToTable("sectors", table => table.HasCheckConstraint("ck_sectors_code", "code = 's' || id"));
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Code).HasMaxLength(4);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasData(Sectors.All);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;

namespace Stage.Api.Schools;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff_members");
        builder.Property(s => s.FirstName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(s => s.LastName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(s => s.Email).HasMaxLength(FieldLimits.Email);
        builder.HasOne(s => s.School).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

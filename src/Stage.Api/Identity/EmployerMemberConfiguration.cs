using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;

namespace Stage.Api.Identity;

internal sealed class EmployerMemberConfiguration : IEntityTypeConfiguration<EmployerMember>
{
    public void Configure(EntityTypeBuilder<EmployerMember> builder)
    {
        builder.ToTable("employer_members");
        builder.Property(m => m.FirstName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(m => m.LastName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(m => m.Email).HasMaxLength(FieldLimits.Email);
        builder.HasOne(m => m.Employer).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}

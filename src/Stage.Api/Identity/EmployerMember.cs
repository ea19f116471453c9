using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;
using Stage.Api.Offers;

namespace Stage.Api.Identity;

/// <summary>A person acting for a host structure.</summary>
public sealed class EmployerMember
{
    public long Id { get; set; }
    public long EmployerId { get; set; }
    public Employer Employer { get; set; } = null!;
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
}

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

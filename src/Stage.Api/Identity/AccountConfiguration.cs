using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;

namespace Stage.Api.Identity;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        // Exactly the link that matches the kind is set; an admin account links to nothing.
        builder.ToTable("accounts", table => table.HasCheckConstraint("ck_accounts_link_matches_kind",
            "(kind = 'pupil') = (pupil_id IS NOT NULL) AND (kind = 'staff') = (staff_member_id IS NOT NULL) " +
            "AND (kind = 'employer_member') = (employer_member_id IS NOT NULL) AND (kind = 'operator') = (operator_id IS NOT NULL)"));
        builder.Property(a => a.Issuer).HasMaxLength(FieldLimits.IdentityPart);
        builder.Property(a => a.Subject).HasMaxLength(FieldLimits.IdentityPart);
        builder.Property(a => a.CreatedAt).HasDefaultValueSql("now()");
        builder.HasIndex(a => new { a.Issuer, a.Subject }).IsUnique();
        builder.HasOne(a => a.Pupil).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.StaffMember).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.EmployerMember).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Operator).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;
using Stage.Api.Offers;

namespace Stage.Api.Identity;

/// <summary>Links an external identity (issuer + subject of a token) to the person or organisation it stands for.</summary>
public sealed class Account
{
    public long Id { get; set; }
    public required string Issuer { get; set; }
    public required string Subject { get; set; }
    public AccountKind Kind { get; set; }
    public long? PupilId { get; set; }
    public Pupil? Pupil { get; set; }
    public long? StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public long? EmployerMemberId { get; set; }
    public EmployerMember? EmployerMember { get; set; }
    public long? OperatorId { get; set; }
    public Operator? Operator { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

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

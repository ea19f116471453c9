using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Applications;
using Stage.Api.Schools;

namespace Stage.Api.Agreements;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public const int MaxActivityLength = 1500;
    public const int MaxTextLength = 200;

    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("agreements", table =>
        {
            table.HasCheckConstraint("ck_agreements_activity_length", $"char_length(activity_description) <= {MaxActivityLength}");
            table.HasCheckConstraint("ck_agreements_dates", "start_date <= end_date");
            table.HasCheckConstraint("ck_agreements_completed",
                "status = 'draft' OR (tutor_name IS NOT NULL AND tutor_role IS NOT NULL AND tutor_email IS NOT NULL " +
                "AND activity_description IS NOT NULL AND daily_hours IS NOT NULL)");
            table.HasCheckConstraint("ck_agreements_validated",
                "status IN ('draft', 'completed_by_employer') OR (school_head_name IS NOT NULL AND referent_teacher_name IS NOT NULL " +
                "AND legal_representative_name IS NOT NULL AND legal_representative_email IS NOT NULL)");
            table.HasCheckConstraint("ck_agreements_token", "(signing_token_hash IS NULL) = (signing_token_expires_at IS NULL)");
        });
        foreach (var text in new[]
        {
            nameof(Agreement.TutorName), nameof(Agreement.TutorRole), nameof(Agreement.TutorEmail), nameof(Agreement.TutorPhone),
            nameof(Agreement.SchoolHeadName), nameof(Agreement.ReferentTeacherName), nameof(Agreement.ReferentTeacherEmail),
            nameof(Agreement.LegalRepresentativeName), nameof(Agreement.LegalRepresentativeEmail),
        })
        {
            builder.Property<string?>(text).HasMaxLength(MaxTextLength);
        }

        builder.Property(a => a.ActivityDescription).HasMaxLength(MaxActivityLength);
        builder.Property(a => a.DailyHours).HasColumnType("jsonb");
        builder.Property(a => a.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(a => a.StatusChangedAt).HasDefaultValueSql("now()");
        builder.HasOne<Application>().WithOne().HasForeignKey<Agreement>(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(a => a.PupilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ApplicationId).IsUnique();
        builder.HasIndex(a => new { a.PupilId, a.Status });
        builder.HasIndex(a => a.SigningTokenHash).IsUnique().HasFilter("signing_token_hash IS NOT NULL");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Stage.Api.Applications;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public const int MaxMotivationLength = 2000;
    public const int MaxMessageLength = 1000;

    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("applications", table =>
        {
            table.HasCheckConstraint("ck_applications_weeks", "cardinality(weeks) BETWEEN 1 AND 2 AND stage_weeks_are_distinct_mondays(weeks)");
            table.HasCheckConstraint("ck_applications_motivation_not_blank", "length(btrim(motivation)) > 0");
        });
        builder.Property(a => a.Motivation).HasMaxLength(MaxMotivationLength);
        builder.Property(a => a.EmployerMessage).HasMaxLength(MaxMessageLength);
        builder.Property(a => a.Period).HasComputedColumnSql("daterange(stage_first_monday(weeks), stage_last_friday(weeks), '[]')", stored: true);
        builder.Property(a => a.SubmittedAt).HasDefaultValueSql("now()");
        builder.Property(a => a.StatusChangedAt).HasDefaultValueSql("now()");
        builder.HasOne(a => a.Pupil).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Offer).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PupilId, a.OfferId }).IsUnique();
        builder.HasIndex(a => new { a.OfferId, a.Status });
        builder.HasIndex(a => new { a.Status, a.StatusChangedAt });
    }
}

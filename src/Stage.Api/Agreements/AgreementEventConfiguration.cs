using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Applications;
using Stage.Api.Identity;

namespace Stage.Api.Agreements;

/// <summary>
/// No foreign key to agreements: the history stays when the agreement is deleted. Like application_events, it
/// goes with its application (applications are never deleted by the API; tests reset with it).
/// </summary>
internal sealed class AgreementEventConfiguration : IEntityTypeConfiguration<AgreementEvent>
{
    public void Configure(EntityTypeBuilder<AgreementEvent> builder)
    {
        builder.ToTable("agreement_events", table =>
        {
            table.HasCheckConstraint("ck_agreement_events_author", "(author_account_id IS NULL) = (author_role IS NULL)");
            table.HasCheckConstraint("ck_agreement_events_change", "from_status IS NOT NULL OR to_status IS NOT NULL");
        });
        builder.Property(e => e.Note).HasMaxLength(ApplicationConfiguration.MaxMessageLength);
        builder.Property(e => e.OccurredAt).HasDefaultValueSql("now()");
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.AuthorAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.AgreementId, e.Id });
        builder.HasIndex(e => new { e.ApplicationId, e.Id });
        builder.HasIndex(e => e.Position).IsUnique();
    }
}

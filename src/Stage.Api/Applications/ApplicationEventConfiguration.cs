using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Stage.Api.Applications;

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("application_events", table =>
            table.HasCheckConstraint("ck_application_events_author", "(author_account_id IS NULL) = (author_role IS NULL)"));
        builder.Property(e => e.Note).HasMaxLength(ApplicationConfiguration.MaxMessageLength);
        builder.Property(e => e.OccurredAt).HasDefaultValueSql("now()");
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Identity.Account>().WithMany().HasForeignKey(e => e.AuthorAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ApplicationId, e.Id });
        builder.HasIndex(e => e.Position).IsUnique();
    }
}

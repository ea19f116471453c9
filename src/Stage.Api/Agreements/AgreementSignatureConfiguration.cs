using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Identity;

namespace Stage.Api.Agreements;

internal sealed class AgreementSignatureConfiguration : IEntityTypeConfiguration<AgreementSignature>
{
    public void Configure(EntityTypeBuilder<AgreementSignature> builder)
    {
        builder.ToTable("agreement_signatures", table =>
            table.HasCheckConstraint("ck_agreement_signatures_account", "(signer_account_id IS NULL) = (role = 'legal_representative')"));
        builder.Property(s => s.SignerName).HasMaxLength(AgreementConfiguration.MaxTextLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(s => s.SignerAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.AgreementId, s.Role }).IsUnique();
    }
}

using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Offers;

public sealed class Employer
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public HostKind Kind { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Siret { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.ToTable("employers", table =>
        {
            table.HasCheckConstraint("ck_employers_name_not_blank", "length(btrim(name)) > 0");
            table.HasCheckConstraint("ck_employers_siret", "siret ~ '^[0-9]{14}$'");
        });
        builder.Property(e => e.Name).HasMaxLength(FieldLimits.EmployerName);
        builder.Property(e => e.Description).HasMaxLength(FieldLimits.EmployerDescription);
        builder.Property(e => e.Website).HasMaxLength(FieldLimits.Website);
        builder.Property(e => e.Siret).HasMaxLength(14).IsFixedLength();
        builder.Property(e => e.CreatedAt).HasDefaultValueSql("now()");
        builder.Property(e => e.UpdatedAt).HasDefaultValueSql("now()").ValueGeneratedOnAddOrUpdate();
        builder.HasIndex(e => e.Siret);
    }
}

public sealed class EmployerType : ObjectGraphType<Employer>
{
    public const string TypeName = "Employer";

    public EmployerType()
    {
        Name = TypeName;
        Description = "A host structure (structure d'accueil) that publishes offers.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The employer's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(e => e.Name).Description("The employer's name (at most 150 characters).");
        Field<NonNullGraphType<HostKindType>>("kind").Description("The kind of host structure.").Resolve(context => context.Source.Kind);
        Field(e => e.Description, nullable: true).Description("What the employer does (at most 275 characters).");
        Field(e => e.Website, nullable: true).Description("The employer's website (at most 560 characters).");
        Field(e => e.Siret, nullable: true).Description("The employer's 14-digit SIRET number, when it has one.");
    }
}

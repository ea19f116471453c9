using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;

using Stage.Api.Kit.Schema;

namespace Stage.Api.Schools;

public sealed class Pupil
{
    public long Id { get; set; }

    /// <summary>The national pupil number (INE).</summary>
    public required string Ine { get; set; }

    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public Grade Grade { get; set; }
    public required string ClassName { get; set; }
    public long SchoolId { get; set; }
    public School School { get; set; } = null!;
    public DateOnly BirthDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.ToTable("pupils", table =>
        {
            table.HasCheckConstraint("ck_pupils_ine", "ine ~ '^[0-9]{9}[0-9A-Z][A-Z]$'");
            table.HasCheckConstraint("ck_pupils_birth_date", "birth_date BETWEEN DATE '1990-01-01' AND DATE '2030-12-31'");
        });
        builder.Property(p => p.Ine).HasMaxLength(11).IsFixedLength();
        builder.Property(p => p.FirstName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(p => p.LastName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(p => p.ClassName).HasMaxLength(FieldLimits.ClassName);
        builder.Property(p => p.CreatedAt).HasDefaultValueSql("now()");
        builder.HasOne(p => p.School).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Ine).IsUnique();
    }
}

public sealed class PupilType : ObjectGraphType<Pupil>
{
    public const string TypeName = "Pupil";

    public PupilType(IEnumerable<IObjectTypeFields<PupilType>> contributions)
    {
        Name = TypeName;
        Description = "A pupil of 4e, 3e or 2nde, pre-registered by their school.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The pupil's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(p => p.FirstName).Description("The pupil's first name.");
        Field(p => p.LastName).Description("The pupil's last name.");
        Field<NonNullGraphType<GradeType>>("grade").Description("The pupil's grade this school year.").Resolve(context => context.Source.Grade);
        Field(p => p.ClassName).Description("The pupil's class, e.g. \"2nde 3\" or \"3e B\".");
        Field(p => p.BirthDate).Description("The pupil's date of birth.");
        Field<NonNullGraphType<SchoolType>>("school").Description("The pupil's school.").Resolve(context => context.Source.School);
        this.AddContributed(contributions);
    }
}

using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Schools;

/// <summary>A member of a school's teaching team (head, teacher, CPE, administrative staff).</summary>
public sealed class StaffMember
{
    public long Id { get; set; }
    public long SchoolId { get; set; }
    public School School { get; set; } = null!;
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public StaffRole Role { get; set; }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff_members");
        builder.Property(s => s.FirstName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(s => s.LastName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(s => s.Email).HasMaxLength(FieldLimits.Email);
        builder.HasOne(s => s.School).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StaffMemberType : ObjectGraphType<StaffMember>
{
    public const string TypeName = "StaffMember";

    public StaffMemberType()
    {
        Name = TypeName;
        Description = "A member of a school's teaching team: head, teacher, CPE or administrative staff.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The staff member's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(s => s.FirstName).Description("The staff member's first name.");
        Field(s => s.LastName).Description("The staff member's last name.");
        Field(s => s.Email).Description("The staff member's academic email address.");
        Field<NonNullGraphType<StaffRoleType>>("role").Description("The staff member's role in the school.").Resolve(context => context.Source.Role);
        Field<NonNullGraphType<SchoolType>>("school").Description("The staff member's school.").Resolve(context => context.Source.School);
    }
}

public sealed class StaffRoleType : EnumerationGraphType<StaffRole>
{
    public StaffRoleType()
    {
        Name = "StaffRole";
        Description = "The role of a member of a school's teaching team, as the academic identity provider gives it.";
        Values["SCHOOL_HEAD"]!.Description = "The head of the school (chef d'établissement), who signs agreements.";
        Values["TEACHER"]!.Description = "A teacher (professeur), often the pupil's main teacher.";
        Values["CPE"]!.Description = "A senior education adviser (conseiller principal d'éducation).";
        Values["ADMINISTRATIVE_STAFF"]!.Description = "A member of the school's administrative staff.";
    }
}

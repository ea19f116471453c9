using GraphQL.Types;
using Stage.Api.Kit.Relay;
using Stage.Api.Schools;

namespace Stage.Api.Identity;

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

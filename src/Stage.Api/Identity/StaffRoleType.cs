using GraphQL.Types;
using Stage.Api.Schools;

namespace Stage.Api.Identity;

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

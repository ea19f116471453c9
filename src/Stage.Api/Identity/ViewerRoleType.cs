using GraphQL.Types;

namespace Stage.Api.Identity;

public sealed class ViewerRoleType : EnumerationGraphType<AccountKind>
{
    public ViewerRoleType()
    {
        Name = "ViewerRole";
        Description = "What the signed-in viewer is to the platform.";
        Values["PUPIL"]!.Description = "A pupil, signed in through ÉduConnect.";
        Values["STAFF"]!.Description = "A member of a school's teaching team, signed in through the academic SSO.";
        Values["EMPLOYER_MEMBER"]!.Description = "A person acting for a host structure.";
        Values["OPERATOR"]!.Description = "An operator publishing offers in bulk through the API.";
        Values["ADMIN"]!.Description = "An administrator of the platform.";
    }
}

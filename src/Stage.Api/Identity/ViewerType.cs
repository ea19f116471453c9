using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Paging;
using Stage.Api.Offers;
using Stage.Api.Data;
using Stage.Api.Kit.Loading;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Identity;

/// <summary>The signed-in viewer; each link is loaded only when asked for and set for the viewer's role.</summary>
public sealed class ViewerType : ObjectGraphType<Viewer>
{
    private static readonly BatchQuery<long, Pupil?> PupilById =
        BatchQuery.One((StageDbContext db, long[] ids) => db.Pupils.Include(p => p.School).Where(p => ids.Contains(p.Id)), p => p.Id);

    private static readonly BatchQuery<long, StaffMember?> StaffMemberById =
        BatchQuery.One((StageDbContext db, long[] ids) => db.StaffMembers.Include(s => s.School).Where(s => ids.Contains(s.Id)), s => s.Id);

    private static readonly BatchQuery<long, Employer?> EmployerById =
        BatchQuery.One((StageDbContext db, long[] ids) => db.Employers.Where(e => ids.Contains(e.Id)), e => e.Id);

    private static readonly BatchQuery<long, Operator?> OperatorById =
        BatchQuery.One((StageDbContext db, long[] ids) => db.Operators.Where(o => ids.Contains(o.Id)), o => o.Id);

    public ViewerType(IOptions<PagingOptions> paging)
    {
        Name = "Viewer";
        Description = "Who is signed in: their role and the person or organisation their account stands for.";
        Field<NonNullGraphType<ViewerRoleType>>("role").Description("What the viewer is to the platform.").Resolve(context => context.Source.Kind);
        Field<StaffRoleType>("staffRole").Description("The viewer's role in their school, when the viewer is staff; null otherwise.")
            .Resolve(context => context.Source.StaffRole);
        Field<PupilType>("pupil").Description("The pupil the viewer is, when the viewer is a pupil; null otherwise.")
            .Resolve(context => context.Source.PupilId is { } id ? context.Load(PupilById, id) : null);
        Field<StaffMemberType>("staffMember").Description("The staff member the viewer is, when the viewer is staff; null otherwise.")
            .Resolve(context => context.Source.StaffMemberId is { } id ? context.Load(StaffMemberById, id) : null);
        Field<EmployerType>("employer").Description("The host structure the viewer acts for, when the viewer is an employer member; null otherwise.")
            .Resolve(context => context.Source.EmployerId is { } id ? context.Load(EmployerById, id) : null);
        Field<OperatorType>("operator").Description("The operator the viewer acts for, when the viewer is an operator; null otherwise.")
            .Resolve(context => context.Source.OperatorId is { } id ? context.Load(OperatorById, id) : null);
        Applications.Queries.ViewerApplicationsField.AddTo(this, paging.Value);
    }
}

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

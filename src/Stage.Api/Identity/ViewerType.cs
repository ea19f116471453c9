using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Offers;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Identity;

/// <summary>The signed-in viewer; each link is loaded only when asked for and set for the viewer's role.</summary>
public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is signed in: their role and the person or organisation their account stands for.";
        Field<NonNullGraphType<ViewerRoleType>>("role").Description("What the viewer is to the platform.").Resolve(context => context.Source.Kind);
        Field<StaffRoleType>("staffRole").Description("The viewer's role in their school, when the viewer is staff; null otherwise.")
            .Resolve(context => context.Source.StaffRole);
        Field<PupilType>("pupil").Description("The pupil the viewer is, when the viewer is a pupil; null otherwise.")
            .ResolveAsync(async context =>
            {
                if (context.Source.PupilId is not { } id)
                {
                    return null;
                }

                await using var db = await context.OpenDbAsync();
                return await db.Pupils.AsNoTracking().Include(p => p.School).SingleOrDefaultAsync(p => p.Id == id, context.CancellationToken);
            });
        Field<StaffMemberType>("staffMember").Description("The staff member the viewer is, when the viewer is staff; null otherwise.")
            .ResolveAsync(async context =>
            {
                if (context.Source.StaffMemberId is not { } id)
                {
                    return null;
                }

                await using var db = await context.OpenDbAsync();
                return await db.StaffMembers.AsNoTracking().Include(s => s.School).SingleOrDefaultAsync(s => s.Id == id, context.CancellationToken);
            });
        Field<EmployerType>("employer").Description("The host structure the viewer acts for, when the viewer is an employer member; null otherwise.")
            .ResolveAsync(async context =>
            {
                if (context.Source.EmployerId is not { } id)
                {
                    return null;
                }

                await using var db = await context.OpenDbAsync();
                return await db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, context.CancellationToken);
            });
        Field<OperatorType>("operator").Description("The operator the viewer acts for, when the viewer is an operator; null otherwise.")
            .ResolveAsync(async context =>
            {
                if (context.Source.OperatorId is not { } id)
                {
                    return null;
                }

                await using var db = await context.OpenDbAsync();
                return await db.Operators.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, context.CancellationToken);
            });
        Applications.Queries.ViewerApplicationsField.AddTo(this);
    }
}

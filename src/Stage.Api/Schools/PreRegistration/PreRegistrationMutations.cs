using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Identity;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Schools.PreRegistration;

/// <summary><c>preRegisterPupils</c>: a school's teaching team registers its pupils, so that they can sign in.</summary>
public sealed class PreRegistrationMutations : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Field<NonNullGraphType<PreRegisterPupilsPayloadType>>("preRegisterPupils")
            .Description(
                "A staff member of a school (any role) registers pupils in their school, up to 1,000 per call, all or none: when a row " +
                "breaks a rule, nothing is written and `errors` lists every problem with its row and field. The pupils can then sign in " +
                "with their INE.")
            .Argument<NonNullGraphType<PreRegisterPupilsInputType>>("input", "The pupils, and an optional idempotency key.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var rows = ((IEnumerable<object?>)input["pupils"]!).Select(row => PupilRow.From((IDictionary<string, object?>)row!)).ToList();
                var outcome = await context.RequestServices!.GetRequiredService<PreRegisterPupils>()
                    .RunAsync(viewer, rows, input.GetValueOrDefault("idempotencyKey") as string, context.CancellationToken);
                return outcome.IsRefused
                    ? new PreRegisterPupilsPayload(null, outcome.Errors)
                    : new PreRegisterPupilsPayload(await LoadAsync(context, viewer, outcome.PupilIds), null);
            });

    /// <summary>The pupils created, with their school, in the order of their ids in <paramref name="ids"/>.</summary>
    private static async Task<List<Pupil>> LoadAsync(IResolveFieldContext context, Viewer viewer, IReadOnlyList<long> ids)
    {
        await using var db = await context.OpenDbAsync();
        var school = await db.Schools.AsNoTracking().SingleAsync(s => s.Id == viewer.SchoolId, context.CancellationToken);
        var pupils = await db.Pupils.AsNoTracking().Where(p => ids.Contains(p.Id) && p.SchoolId == school.Id).ToDictionaryAsync(p => p.Id, context.CancellationToken);
        foreach (var pupil in pupils.Values)
        {
            pupil.School = school;
        }

        return [.. ids.Where(pupils.ContainsKey).Select(id => pupils[id])];
    }
}

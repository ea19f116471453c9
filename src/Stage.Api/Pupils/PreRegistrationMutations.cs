using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Kit.Requests;

using Stage.Api.Schools;

namespace Stage.Api.Pupils;

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
                var input = context.GetArgument<PreRegisterPupilsInput>("input");
                var outcome = await context.RequestServices!.GetRequiredService<PreRegisterPupils>()
                    .RunAsync(viewer, input.Pupils, input.IdempotencyKey, context.CancellationToken);
                return outcome.IsRefused
                    ? new PreRegisterPupilsPayload(null, outcome.Errors)
                    : new PreRegisterPupilsPayload(outcome.Pupils ?? [], null);
            });
}

/// <summary>The pupils to pre-register, each row normalised as <see cref="PupilRow"/> says, and an optional idempotency key.</summary>
public sealed record PreRegisterPupilsInput(IReadOnlyList<PupilRow> Pupils, string? IdempotencyKey);

public sealed class PreRegisterPupilsInputType : InputObjectGraphType<PreRegisterPupilsInput>
{
    public PreRegisterPupilsInputType()
    {
        Name = "PreRegisterPupilsInput";
        Description = "Pupils to pre-register in the signed-in staff member's school, all or none.";
        Field(i => i.Pupils, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<PreRegisterPupilInputType>>>))
            .Description("The pupils: 1 to 1,000 rows, each with an INE not yet registered and not repeated.");
        this.AddIdempotencyKey(i => i.IdempotencyKey);
    }
}

/// <summary>
/// One pupil to pre-register. Every field is nullable in the schema so that a missing one is reported
/// for its row (<c>REQUIRED</c>) with the others, instead of failing the whole request.
/// </summary>
public sealed class PreRegisterPupilInputType : InputObjectGraphType<PupilRow>
{
    public PreRegisterPupilInputType()
    {
        Name = "PreRegisterPupilInput";
        Description = "A pupil to pre-register. All fields are required; a missing one is reported as a `PupilRowError` of its row.";
        Field(r => r.Ine, typeof(StringGraphType))
            .Description("The national pupil number (INE): 9 digits, a digit or capital letter, a capital letter, e.g. 123456789AB. Spaces around are ignored, letters are put in capitals.");
        Field(r => r.FirstName, typeof(StringGraphType)).Description("The pupil's first name, at most 100 characters.");
        Field(r => r.LastName, typeof(StringGraphType)).Description("The pupil's last name, at most 100 characters.");
        Field(r => r.Grade, typeof(GradeType)).Description("The pupil's grade this school year; it must be taught by the school (collège: 4e, 3e; lycée: 2nde).");
        Field(r => r.ClassName, typeof(StringGraphType)).Description("The pupil's class, e.g. \"3e B\" or \"2nde 4\", at most 30 characters.");
        Field(r => r.BirthDate, typeof(DateType)).Description("The pupil's date of birth; the age at registration must be plausible for the grade.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => ((PupilRow)base.ParseDictionary(value)).Normalized();
}

public sealed class PreRegisterPupilsErrorType() : ErrorUnionType("PreRegisterPupilsError",
    typeof(PupilRowError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

/// <summary>The answer of <c>preRegisterPupils</c>: the pupils created, or every reason why none was.</summary>
public sealed record PreRegisterPupilsPayload(IReadOnlyList<Pupil>? Pupils, IReadOnlyList<IBusinessError>? Errors)
{
    public int Count => Pupils?.Count ?? 0;
}

public sealed class PreRegisterPupilsPayloadType : MutationPayloadType<PreRegisterPupilsPayload, PreRegisterPupilsErrorType>
{
    public PreRegisterPupilsPayloadType() : base("The pupils pre-registered, or why none was: the call writes all its rows or none.")
    {
        Field<ListGraphType<NonNullGraphType<PupilType>>>("pupils")
            .Description("The pupils created, in the order of `input.pupils`; null when the call was refused.").Resolve(c => c.Source.Pupils);
        Field<NonNullGraphType<IntGraphType>>("count")
            .Description("How many pupils were created: all the rows, or 0 when the call was refused.").Resolve(c => c.Source.Count);
        AddErrors(p => p.Errors, "Why the call was refused, every problem of every row; null when the pupils were created.");
    }
}

using GraphQL;
using GraphQL.Types;
using Stage.Api.GraphQL.Mutations;
using Stage.Api.Kit.Relay;
using Stage.Api.Identity;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Agreements.Mutations;

/// <summary>The agreement life cycle as mutations: fill, complete, validate, sign, issue and use a signing link.</summary>
public sealed class AgreementMutations(AgreementWorkflow workflow, AgreementSigningLinks links) : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        AddPart<UpdateAgreementEmployerPartErrorType, UpdateAgreementEmployerPartInputType>(mutation, "updateAgreementEmployerPart", AgreementPart.Employer,
            "The host fills its part (tutor, activity, daily hours). After completion this reopens the agreement (→ DRAFT) and drops its signatures.");
        AddPart<UpdateAgreementSchoolPartErrorType, UpdateAgreementSchoolPartInputType>(mutation, "updateAgreementSchoolPart", AgreementPart.School,
            "The school's staff fill their part. After validation this reopens the agreement (→ COMPLETED_BY_EMPLOYER) and drops its signatures.");
        Add<CompleteAgreementErrorType, CompleteAgreementInputType>(mutation, "completeAgreement", AgreementApproval.CompleteAsync,
            "The host declares its part complete (DRAFT → COMPLETED_BY_EMPLOYER).");
        Add<ValidateAgreementErrorType, ValidateAgreementInputType>(mutation, "validateAgreement", AgreementApproval.ValidateAsync,
            "The school's staff validate the agreement (COMPLETED_BY_EMPLOYER → VALIDATED_BY_SCHOOL); its PDF becomes available.");
        Add<SignAgreementErrorType, SignAgreementInputType>(mutation, "signAgreement", AgreementSigning.SignAsync,
            "The viewer signs a validated agreement as the pupil, the host or the school head; the fourth signature makes it SIGNED_BY_ALL.");

        mutation.Field<NonNullGraphType<IssueAgreementSigningLinkPayloadType>>("issueAgreementSigningLink")
            .Description("The school's staff obtain a single-use token (valid 7 days) to send to the legal representative out of band.")
            .Argument<NonNullGraphType<IssueAgreementSigningLinkInputType>>("input", "Which agreement.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var outcome = await workflow.RunAsync(viewer, AgreementIdOf(input), null, AgreementSigningLinks.IssueAsync, context.CancellationToken);
                return await AgreementPayloads.LoadAsync(context, outcome);
            });

        mutation.Field<NonNullGraphType<SignAgreementWithTokenPayloadType>>("signAgreementWithToken")
            .Description("The legal representative signs with the token of their link; no account needed. The token works once.")
            .Argument<NonNullGraphType<SignAgreementWithTokenInputType>>("input", "The token.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var outcome = await links.SignAsync((string)input["token"]!, context.CancellationToken);
                return await AgreementPayloads.LoadSignatureAsync(context, outcome);
            });
    }

    private void AddPart<TErrors, TInput>(MutationType mutation, string name, AgreementPart part, string description)
        where TErrors : UnionGraphType, new()
        where TInput : InputObjectGraphType =>
        Add<TErrors, TInput>(mutation, name, input =>
        {
            var (values, error) = AgreementPartInput.Read(part, input);
            return (error, values, step => AgreementParts.EditAsync(step, part, values));
        }, description);

    private void Add<TErrors, TInput>(MutationType mutation, string name, Func<AgreementStep, Task<AgreementOutcome>> step, string description)
        where TErrors : UnionGraphType, new()
        where TInput : InputObjectGraphType =>
        Add<TErrors, TInput>(mutation, name, _ => (null, null, step), description);

    private void Add<TErrors, TInput>(
        MutationType mutation, string name,
        Func<IReadOnlyDictionary<string, object?>, (InvalidFieldError? Error, object? Values, Func<AgreementStep, Task<AgreementOutcome>> Step)> read,
        string description)
        where TErrors : UnionGraphType, new()
        where TInput : InputObjectGraphType =>
        mutation.Field<NonNullGraphType<AgreementPayloadType<TErrors>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "Which agreement, and how.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var agreementId = AgreementIdOf(input);
                var (key, keyError) = IdempotencyKeyField.Read(input);
                var (error, values, step) = read(input);
                var outcome = (error ?? keyError) is { } refusal ? AgreementOutcome.Refused(refusal)
                    : await workflow.RunAsync(viewer, agreementId, IdempotencyRequest.For(key, name, agreementId, values), step, context.CancellationToken);
                return await AgreementPayloads.LoadAsync(context, outcome);
            });

    private static long AgreementIdOf(Dictionary<string, object?> input) => GlobalId.Parse(input["agreementId"] as string, AgreementType.TypeName);
}

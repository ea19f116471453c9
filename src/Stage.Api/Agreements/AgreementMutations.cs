using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements;

/// <summary>The agreement life cycle as mutations: fill, complete, validate, sign, issue and use a signing link.</summary>
public sealed class AgreementMutations(AgreementWorkflow workflow, AgreementSigningLinks links) : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        AddPart<UpdateAgreementEmployerPartErrorType, UpdateAgreementEmployerPartInputType, UpdateAgreementEmployerPartInput>(
            mutation, "updateAgreementEmployerPart", AgreementPart.Employer,
            "The host fills its part (tutor, activity, daily hours). After completion this reopens the agreement (→ DRAFT) and drops its signatures.");
        AddPart<UpdateAgreementSchoolPartErrorType, UpdateAgreementSchoolPartInputType, UpdateAgreementSchoolPartInput>(
            mutation, "updateAgreementSchoolPart", AgreementPart.School,
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
                var input = context.GetArgument<AgreementChangeInput>("input");
                var outcome = await workflow.RunAsync(viewer, AgreementIdOf(input.AgreementId), null, AgreementSigningLinks.IssueAsync, context.CancellationToken);
                return AgreementPayload.Of(outcome);
            });

        mutation.Field<NonNullGraphType<SignAgreementWithTokenPayloadType>>("signAgreementWithToken")
            .Description("The legal representative signs with the token of their link; no account needed. The token works once.")
            .Argument<NonNullGraphType<SignAgreementWithTokenInputType>>("input", "The token.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<SignAgreementWithTokenInput>("input");
                return await links.SignAsync(input.Token, context.CancellationToken);
            });
    }

    private void AddPart<TErrors, TInputType, TInput>(MutationType mutation, string name, AgreementPart part, string description)
        where TErrors : ErrorUnionType, new()
        where TInputType : AgreementPartInputType<TInput>
        where TInput : AgreementPartInput =>
        Add<TErrors, TInputType, TInput>(mutation, name, description, input =>
        {
            var (values, error) = input.Read();
            return (error, values, step => AgreementParts.EditAsync(step, part, values));
        });

    private void Add<TErrors, TInputType>(MutationType mutation, string name, Func<AgreementStep, Task<AgreementOutcome>> step, string description)
        where TErrors : ErrorUnionType, new()
        where TInputType : AgreementInputType =>
        Add<TErrors, TInputType, AgreementChangeInput>(mutation, name, description, _ => (null, null, step));

    private void Add<TErrors, TInputType, TInput>(
        MutationType mutation, string name, string description,
        Func<TInput, (InvalidFieldError? Error, object? Values, Func<AgreementStep, Task<AgreementOutcome>> Step)> read)
        where TErrors : ErrorUnionType, new()
        where TInputType : IInputObjectGraphType
        where TInput : IAgreementInput =>
        mutation.Field<NonNullGraphType<AgreementPayloadType<TErrors>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "Which agreement, and how.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<TInput>("input");
                var agreementId = AgreementIdOf(input.AgreementId);
                var (key, keyError) = IdempotencyKeyField.Check(input.IdempotencyKey);
                var (error, values, step) = read(input);
                var outcome = (error ?? keyError) is { } refusal ? AgreementOutcome.Refused(refusal)
                    : await workflow.RunAsync(viewer, agreementId, IdempotencyRequest.For(key, name, agreementId, values), step, context.CancellationToken);
                return AgreementPayload.Of(outcome);
            });

    private static long AgreementIdOf(string agreementId) => GlobalId.Parse(agreementId, AgreementType.TypeName);
}

/// <summary>What every agreement mutation's input names: the agreement, and an optional idempotency key.</summary>
public interface IAgreementInput
{
    string AgreementId { get; }
    string? IdempotencyKey { get; }
}

/// <summary>A step of an agreement's life cycle: which agreement, and an optional idempotency key.</summary>
public sealed record AgreementChangeInput : IAgreementInput
{
    public required string AgreementId { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>The input of a step of an agreement's life cycle: its id, an optional idempotency key.</summary>
public abstract class AgreementInputType : InputObjectGraphType<AgreementChangeInput>
{
    protected AgreementInputType(string name, string description, bool withIdempotencyKey = true)
    {
        Name = name;
        Description = description;
        Field(i => i.AgreementId, typeof(NonNullGraphType<IdGraphType>)).Description("The agreement's global id.");
        if (withIdempotencyKey)
        {
            this.AddIdempotencyKey(i => i.IdempotencyKey);
        }
    }
}

public sealed class UpdateAgreementEmployerPartErrorType() : ErrorUnionType("UpdateAgreementEmployerPartError",
    typeof(AgreementStatusError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

public sealed class UpdateAgreementSchoolPartErrorType() : ErrorUnionType("UpdateAgreementSchoolPartError",
    typeof(AgreementStatusError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

public sealed class CompleteAgreementInputType() : AgreementInputType("CompleteAgreementInput", "The agreement whose employer part the host declares complete.");

public sealed class CompleteAgreementErrorType() : ErrorUnionType("CompleteAgreementError",
    typeof(AgreementStatusError), typeof(IncompleteAgreementError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

public sealed class ValidateAgreementInputType() : AgreementInputType("ValidateAgreementInput", "The agreement the school validates.");

public sealed class ValidateAgreementErrorType() : ErrorUnionType("ValidateAgreementError",
    typeof(AgreementStatusError), typeof(IncompleteAgreementError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

public sealed class SignAgreementInputType() : AgreementInputType("SignAgreementInput", "The agreement the viewer signs, in the role they hold (pupil, host, school head).");

public sealed class SignAgreementErrorType() : ErrorUnionType("SignAgreementError",
    typeof(AgreementStatusError), typeof(AlreadySignedError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

public sealed class IssueAgreementSigningLinkInputType() : AgreementInputType("IssueAgreementSigningLinkInput",
    "The agreement whose legal representative should sign; a new token replaces the previous one.", withIdempotencyKey: false);

public sealed class IssueAgreementSigningLinkErrorType() : ErrorUnionType("IssueAgreementSigningLinkError",
    typeof(AgreementStatusError), typeof(AlreadySignedError));

public sealed class IssueAgreementSigningLinkPayloadType : AgreementPayloadType<IssueAgreementSigningLinkErrorType>
{
    public IssueAgreementSigningLinkPayloadType()
    {
        Field<StringGraphType>("signingToken")
            .Description("The single-use token to send to the legal representative (e.g. in a link); shown only here, never again.")
            .Resolve(c => c.Source.Link?.Token);
        Field<Kit.Schema.DateTimeType>("expiresAt").Description("When the token stops working.").Resolve(c => c.Source.Link?.ExpiresAt);
    }
}

/// <summary>The answer of an agreement mutation: the agreement as it now stands, a signing link when one was issued, the refusals if any.</summary>
public sealed record AgreementPayload(Agreement? Agreement, IReadOnlyList<IBusinessError>? Errors, SigningLink? Link = null)
{
    /// <summary>The payload of an outcome: the agreement as its transaction left it, and the refusal if any.</summary>
    public static AgreementPayload Of(AgreementOutcome outcome) => new(outcome.Agreement, outcome.Error is null ? null : [outcome.Error], outcome.Link);
}

/// <summary>The payload of one agreement mutation, whose typed errors are the union <typeparamref name="TErrors"/>.</summary>
public class AgreementPayloadType<TErrors> : MutationPayloadType<AgreementPayload, TErrors>
    where TErrors : ErrorUnionType, new()
{
    public AgreementPayloadType() : base("The agreement as it now stands, or why the change was refused.")
    {
        Field<AgreementType>("agreement")
            .Description("The agreement (unchanged when refused); null when there is none to show.").Resolve(c => c.Source.Agreement);
        AddErrors(p => p.Errors);
    }
}

/// <summary>The legal representative's signature, authorised by the token of their link.</summary>
public sealed record SignAgreementWithTokenInput(string Token);

public sealed class SignAgreementWithTokenInputType : InputObjectGraphType<SignAgreementWithTokenInput>
{
    public SignAgreementWithTokenInputType()
    {
        Name = "SignAgreementWithTokenInput";
        Description = "The legal representative's signature, authorised by the single-use token of the link the school sent.";
        Field(i => i.Token, typeof(NonNullGraphType<StringGraphType>)).Description("The signing token.");
    }
}

public sealed class SignAgreementWithTokenErrorType() : ErrorUnionType("SignAgreementWithTokenError",
    typeof(InvalidSigningTokenError), typeof(AlreadySignedError));

/// <summary>The answer to a legal representative's signature: the signature made, or why not.</summary>
public sealed record SignAgreementWithTokenPayload(AgreementSignature? Signature, IReadOnlyList<IBusinessError>? Errors);

public sealed class SignAgreementWithTokenPayloadType : MutationPayloadType<SignAgreementWithTokenPayload, SignAgreementWithTokenErrorType>
{
    public SignAgreementWithTokenPayloadType() : base("The legal representative's signature, or why it was refused.")
    {
        Field<AgreementSignatureType>("signature").Description("The signature made; null when refused.").Resolve(c => c.Source.Signature);
        AddErrors(p => p.Errors, "Why the signature was refused; null when it was made.");
    }
}

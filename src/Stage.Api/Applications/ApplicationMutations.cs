using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Offers;
using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications;

/// <summary>The application life cycle as mutations: apply, read, accept, reject, confirm, withdraw, cancel.</summary>
public sealed class ApplicationMutations(ApplyToOffer apply, ApplicationWorkflow workflow) : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<ApplicationPayloadType<ApplyToOfferErrorType>>>("applyToOffer")
            .Description("A pupil applies to an offer for some of its weeks.")
            .Argument<NonNullGraphType<ApplyToOfferInputType>>("input", "The application.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<ApplyToOfferInput>("input");
                var command = new ApplyToOfferCommand(GlobalId.Parse(input.OfferId, OfferType.TypeName), input.Weeks, input.Motivation);
                var (key, keyError) = IdempotencyKeyField.Check(input.IdempotencyKey);
                var outcome = keyError is not null ? MutationOutcome.Refused(keyError)
                    : await apply.RunAsync(viewer, command,
                        IdempotencyRequest.For(key, "applyToOffer", command.OfferId, command.Weeks, command.Motivation), context.CancellationToken);
                return ApplicationPayload.Of(outcome);
            });

        Add<MarkApplicationReadErrorType, MarkApplicationReadInputType>(mutation, "markApplicationRead", ApplicationAction.MarkRead,
            "The host marks an application as read (SUBMITTED → READ).");
        Add<AcceptApplicationErrorType, AcceptApplicationInputType>(mutation, "acceptApplication", ApplicationAction.Accept,
            "The host accepts an application (SUBMITTED or READ → ACCEPTED_BY_EMPLOYER); the pupil has 15 days to confirm.");
        Add<RejectApplicationErrorType, RejectApplicationInputType>(mutation, "rejectApplication", ApplicationAction.Reject,
            "The host rejects an application (SUBMITTED or READ → REJECTED), with an optional message.");
        Add<ConfirmApplicationErrorType, ConfirmApplicationInputType>(mutation, "confirmApplication", ApplicationAction.Confirm,
            "The pupil confirms an accepted application (→ CONFIRMED): takes a seat, refused when none is left or when the pupil " +
            "already has an internship on overlapping weeks; withdraws the pupil's other pending applications on those weeks.");
        Add<WithdrawApplicationErrorType, WithdrawApplicationInputType>(mutation, "withdrawApplication", ApplicationAction.Withdraw,
            "The pupil withdraws a pending or confirmed application (→ WITHDRAWN); a confirmed one frees its seat.");
        Add<CancelApplicationErrorType, CancelApplicationInputType>(mutation, "cancelApplication", ApplicationAction.Cancel,
            "The host cancels an accepted or confirmed application (→ CANCELED_BY_EMPLOYER), with an optional message; frees the seat.");
    }

    private void Add<TErrors, TInput>(MutationType mutation, string name, ApplicationAction action, string description)
        where TErrors : ErrorUnionType, new()
        where TInput : ApplicationChangeInputType =>
        mutation.Field<NonNullGraphType<ApplicationPayloadType<TErrors>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "Which application, and how.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<ApplicationChangeInput>("input");
                var applicationId = GlobalId.Parse(input.ApplicationId, ApplicationType.TypeName);
                var message = input.Message?.Trim();
                var (key, keyError) = IdempotencyKeyField.Check(input.IdempotencyKey);
                var outcome = keyError is not null ? MutationOutcome.Refused(keyError)
                    : message is { Length: > ApplicationConfiguration.MaxMessageLength }
                        ? MutationOutcome.Refused(new InvalidFieldError("message", $"The message is at most {ApplicationConfiguration.MaxMessageLength} characters long."))
                        : await workflow.ChangeAsync(viewer, applicationId, action, string.IsNullOrEmpty(message) ? null : message,
                            IdempotencyRequest.For(key, name, applicationId, message), context.CancellationToken);
                return ApplicationPayload.Of(outcome);
            });
}

/// <summary>A pupil's application as sent: the offer's global id, the chosen ISO weeks ("2026-W25"), the motivation.</summary>
public sealed record ApplyToOfferInput(string OfferId, IReadOnlyList<string> Weeks, string Motivation, string? IdempotencyKey);

public sealed class ApplyToOfferInputType : InputObjectGraphType<ApplyToOfferInput>
{
    public ApplyToOfferInputType()
    {
        Name = "ApplyToOfferInput";
        Description = "A pupil's application to an offer.";
        Field(i => i.OfferId, typeof(NonNullGraphType<IdGraphType>)).Description("The offer's global id.");
        Field(i => i.Weeks, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description("The chosen ISO weeks among the offer's, like \"2026-W25\": one for 4e and 3e, one or two consecutive for 2nde.");
        Field(i => i.Motivation, typeof(NonNullGraphType<StringGraphType>)).Description("Why the pupil applies (1 to 2,000 characters).");
        this.AddIdempotencyKey(i => i.IdempotencyKey);
    }
}

public sealed class ApplyToOfferErrorType() : ErrorUnionType("ApplyToOfferError",
    typeof(OfferNotAvailableError), typeof(GradeMismatchError), typeof(WeeksNotOfferedError), typeof(WeekStartedError),
    typeof(AlreadyAppliedError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

/// <summary>A change to one application: its global id, an optional message (for the changes that take one), an optional idempotency key.</summary>
public sealed record ApplicationChangeInput
{
    public required string ApplicationId { get; init; }
    public string? Message { get; init; }
    public string? IdempotencyKey { get; init; }
}

public abstract class ApplicationChangeInputType : InputObjectGraphType<ApplicationChangeInput>
{
    protected ApplicationChangeInputType(string name, string description, bool withMessage)
    {
        Name = name;
        Description = description;
        Field(i => i.ApplicationId, typeof(NonNullGraphType<IdGraphType>)).Description("The application's global id.");
        if (withMessage)
        {
            Field(i => i.Message, typeof(StringGraphType)).Description("An optional message to the pupil (at most 1,000 characters).");
        }

        this.AddIdempotencyKey(i => i.IdempotencyKey);
    }
}

public sealed class MarkApplicationReadInputType() : ApplicationChangeInputType("MarkApplicationReadInput", "Marks an application as read by the host.", false);

public sealed class MarkApplicationReadErrorType() : ErrorUnionType("MarkApplicationReadError",
    typeof(InvalidTransitionError), typeof(IdempotencyKeyReusedError));

public sealed class AcceptApplicationInputType() : ApplicationChangeInputType("AcceptApplicationInput", "Accepts an application; the pupil then confirms.", false);

public sealed class AcceptApplicationErrorType() : ErrorUnionType("AcceptApplicationError",
    typeof(InvalidTransitionError), typeof(IdempotencyKeyReusedError));

public sealed class RejectApplicationInputType() : ApplicationChangeInputType("RejectApplicationInput", "Rejects an application, with an optional message.", true);

public sealed class RejectApplicationErrorType() : ErrorUnionType("RejectApplicationError",
    typeof(InvalidTransitionError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

public sealed class ConfirmApplicationInputType() : ApplicationChangeInputType("ConfirmApplicationInput", "Confirms an accepted application: takes a seat.", false);

public sealed class ConfirmApplicationErrorType() : ErrorUnionType("ConfirmApplicationError",
    typeof(InvalidTransitionError), typeof(NoSeatsLeftError), typeof(PeriodConflictError), typeof(IdempotencyKeyReusedError));

public sealed class WithdrawApplicationInputType() : ApplicationChangeInputType("WithdrawApplicationInput", "Withdraws the pupil's application.", false);

public sealed class WithdrawApplicationErrorType() : ErrorUnionType("WithdrawApplicationError",
    typeof(InvalidTransitionError), typeof(IdempotencyKeyReusedError));

public sealed class CancelApplicationInputType() : ApplicationChangeInputType("CancelApplicationInput", "Cancels an accepted or confirmed application, with an optional message.", true);

public sealed class CancelApplicationErrorType() : ErrorUnionType("CancelApplicationError",
    typeof(InvalidTransitionError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

/// <summary>The answer of an application mutation: the application as it now stands, and the refusals if any.</summary>
public sealed record ApplicationPayload(Application? Application, IReadOnlyList<IBusinessError>? Errors)
{
    /// <summary>The payload of an outcome: the application as its transaction left it (with its offer), and the refusal if any.</summary>
    public static ApplicationPayload Of(MutationOutcome outcome) => new(outcome.Application, outcome.Error is null ? null : [outcome.Error]);
}

/// <summary>The payload of one application mutation, whose typed errors are the union <typeparamref name="TErrors"/>.</summary>
public sealed class ApplicationPayloadType<TErrors> : MutationPayloadType<ApplicationPayload, TErrors>
    where TErrors : ErrorUnionType, new()
{
    public ApplicationPayloadType() : base("The application as it now stands, or why the change was refused.")
    {
        Field<ApplicationType>("application")
            .Description("The application (unchanged when refused); null when there is none to show.").Resolve(c => c.Source.Application);
        AddErrors(p => p.Errors);
    }
}

using GraphQL;
using GraphQL.Types;
using Stage.Api.GraphQL.Mutations;
using Stage.Api.Kit.Relay;
using Stage.Api.Identity;
using Stage.Api.Offers;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Applications.Mutations;

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
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var command = new ApplyToOfferCommand(
                    GlobalId.Parse(input["offerId"] as string, OfferType.TypeName),
                    ((IEnumerable<object?>)input["weeks"]!).Cast<string>().ToList(),
                    (string)input["motivation"]!);
                var key = IdempotencyKeyOf(input);
                var outcome = key.Error ?? await apply.RunAsync(viewer, command,
                    IdempotencyRequest.For(key.Value, "applyToOffer", command.OfferId, command.Weeks, command.Motivation), context.CancellationToken);
                return await ApplicationPayloads.LoadAsync(context, outcome);
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
        where TErrors : UnionGraphType, new()
        where TInput : InputObjectGraphType =>
        mutation.Field<NonNullGraphType<ApplicationPayloadType<TErrors>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "Which application, and how.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var applicationId = GlobalId.Parse(input["applicationId"] as string, ApplicationType.TypeName);
                var message = (input.GetValueOrDefault("message") as string)?.Trim();
                var key = IdempotencyKeyOf(input);
                var outcome = key.Error
                    ?? (message is { Length: > ApplicationConfiguration.MaxMessageLength }
                        ? MutationOutcome.Refused(new InvalidFieldError("message", $"The message is at most {ApplicationConfiguration.MaxMessageLength} characters long."))
                        : null)
                    ?? await workflow.ChangeAsync(viewer, applicationId, action, string.IsNullOrEmpty(message) ? null : message,
                        IdempotencyRequest.For(key.Value, name, applicationId, message), context.CancellationToken);
                return await ApplicationPayloads.LoadAsync(context, outcome);
            });

    private static (string? Value, MutationOutcome? Error) IdempotencyKeyOf(Dictionary<string, object?> input) =>
        IdempotencyKeyField.Read(input) is var (key, error) && error is not null ? (null, MutationOutcome.Refused(error)) : (key, null);
}

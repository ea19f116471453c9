using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>Offers managed by their publishers: create, update, publish, unpublish, remove, and operators' bulk upsert.</summary>
public sealed class OfferMutations(CreateOffer create, UpdateOffer update, OfferStatusChange statusChange, UpsertOffers upsert) : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<OfferPayloadType<CreateOfferErrorType>>>("createOffer")
            .Description("An employer member creates an offer for their employer, or an operator for one of its employers. " +
                "It starts UNPUBLISHED unless `publish` is true.")
            .Argument<NonNullGraphType<CreateOfferInputType>>("input", "The offer.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<OfferInput>("input");
                var (key, keyError) = IdempotencyKeyField.Check(input.IdempotencyKey);
                var outcome = keyError is not null ? OfferOutcome.Refused(keyError)
                    : await create.RunAsync(viewer, input.Draft(), IdempotencyRequest.For(key, "createOffer", input), context.CancellationToken);
                return OfferPayload.Of(outcome);
            });

        mutation.Field<NonNullGraphType<OfferPayloadType<UpdateOfferErrorType>>>("updateOffer")
            .Description("The offer's owner (its employer's members, or the operator that published it) changes some of its fields.")
            .Argument<NonNullGraphType<UpdateOfferInputType>>("input", "The offer and the fields to change.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<OfferInput>("input");
                var outcome = await update.RunAsync(viewer, OfferIdOf(input), input, context.CancellationToken);
                return OfferPayload.Of(outcome);
            });

        Add<PublishOfferErrorType, PublishOfferInputType>(mutation, "publishOffer", OfferStatusAction.Publish,
            "The offer's owner publishes it: it becomes searchable while seats are left. A removed offer cannot be published again.");
        Add<UnpublishOfferErrorType, UnpublishOfferInputType>(mutation, "unpublishOffer", OfferStatusAction.Unpublish,
            "The offer's owner unpublishes it: it leaves searches and takes no more applications.");
        Add<RemoveOfferErrorType, RemoveOfferInputType>(mutation, "removeOffer", OfferStatusAction.Remove,
            "The offer's owner removes it (status REMOVED, kept for history, final); refused while confirmed internships take seats.");

        mutation.Field<NonNullGraphType<UpsertOffersPayloadType>>("upsertOffers")
            .Description($"An operator creates or updates up to {UpsertOffers.MaxItems} offers at once, each identified by its `remoteId`. " +
                "All or nothing: if any item breaks a rule, nothing is written and `errors` lists every item's invalid fields.")
            .Argument<NonNullGraphType<UpsertOffersInputType>>("input", "The offers.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<UpsertOffersInput>("input");
                var (key, keyError) = IdempotencyKeyField.Check(input.IdempotencyKey);
                var outcome = keyError is not null ? OfferOutcome.Refused(keyError)
                    : await upsert.RunAsync(viewer, [.. input.Offers.Select(item => item.Draft())],
                        IdempotencyRequest.For(key, "upsertOffers", input), context.CancellationToken);
                return UpsertOffersPayload.Of(outcome);
            });
    }

    private void Add<TErrors, TInput>(MutationType mutation, string name, OfferStatusAction action, string description)
        where TErrors : ErrorUnionType, new()
        where TInput : OfferStatusInputType =>
        mutation.Field<NonNullGraphType<OfferPayloadType<TErrors>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "Which offer.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var outcome = await statusChange.RunAsync(viewer, OfferIdOf(context.GetArgument<OfferInput>("input")), action, context.CancellationToken);
                return OfferPayload.Of(outcome);
            });

    private static long OfferIdOf(OfferInput input) => GlobalId.Parse(input.OfferId, OfferType.TypeName);
}

public sealed class CreateOfferErrorType() : ErrorUnionType("CreateOfferError", typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

public sealed class UpdateOfferErrorType() : ErrorUnionType("UpdateOfferError", typeof(InvalidFieldError), typeof(OfferRemovedError));

public sealed class PublishOfferErrorType() : ErrorUnionType("PublishOfferError", typeof(OfferRemovedError));

public sealed class UnpublishOfferErrorType() : ErrorUnionType("UnpublishOfferError", typeof(OfferRemovedError));

public sealed class RemoveOfferErrorType() : ErrorUnionType("RemoveOfferError", typeof(OfferHasInternshipsError));

/// <summary>The answer of an offer mutation: the offer as it now stands, and the refusals if any.</summary>
public sealed record OfferPayload(Offer? Offer, IReadOnlyList<IBusinessError>? Errors)
{
    /// <summary>The payload of an outcome: the offer as its transaction left it, and the refusals if any.</summary>
    public static OfferPayload Of(OfferOutcome outcome) => new(outcome.Offers is [var offer, ..] ? offer : null, outcome.Errors);
}

/// <summary>The payload of one offer mutation, whose typed errors are the union <typeparamref name="TErrors"/>.</summary>
public sealed class OfferPayloadType<TErrors> : MutationPayloadType<OfferPayload, TErrors>
    where TErrors : ErrorUnionType, new()
{
    public OfferPayloadType() : base("The offer as it now stands, or why the change was refused.")
    {
        Field<OfferType>("offer")
            .Description("The offer, whatever its status (unchanged when refused); null when there is none to show.").Resolve(c => c.Source.Offer);
        AddErrors(p => p.Errors, "Why the change was refused, every invalid field at once; null when it was made.");
    }
}

public sealed class UpsertOffersErrorType() : ErrorUnionType("UpsertOffersError",
    typeof(UpsertOfferItemError), typeof(InvalidFieldError), typeof(IdempotencyKeyReusedError));

/// <summary>The answer of a bulk upsert: the offers in input order with the counts, or the refusals.</summary>
public sealed record UpsertOffersPayload(IReadOnlyList<Offer>? Offers, UpsertCounts? Counts, IReadOnlyList<IBusinessError>? Errors)
{
    public static UpsertOffersPayload Of(OfferOutcome outcome) =>
        outcome.Errors is null ? new(outcome.Offers ?? [], outcome.Counts, null) : new(null, null, outcome.Errors);
}

public sealed class UpsertOffersPayloadType : MutationPayloadType<UpsertOffersPayload, UpsertOffersErrorType>
{
    public UpsertOffersPayloadType() : base("The operator's offers as they now stand, or why nothing was written.")
    {
        Field<ListGraphType<NonNullGraphType<OfferType>>>("offers")
            .Description("The offers, in the order of the input's items; null when refused.").Resolve(c => c.Source.Offers);
        Field<IntGraphType>("created").Description("How many offers were created; null when refused.").Resolve(c => c.Source.Counts?.Created);
        Field<IntGraphType>("updated").Description("How many known offers were changed; null when refused.").Resolve(c => c.Source.Counts?.Updated);
        Field<IntGraphType>("unchanged")
            .Description("How many known offers were given again without a change (and left untouched); null when refused.")
            .Resolve(c => c.Source.Counts?.Unchanged);
        AddErrors(p => p.Errors, "Why nothing was written: every invalid field of every item; null when the offers were written.");
    }
}

using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Relay;
using Stage.Api.Identity;
using Stage.Api.GraphQL.Mutations;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>Offers managed by their publishers: create, update, publish, unpublish, remove.</summary>
public sealed class OfferMutations(CreateOffer create, UpdateOffer update, OfferStatusChange statusChange) : IMutationFields
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
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var key = IdempotencyKeyInput.Of(input);
                var outcome = key.Error ?? await create.RunAsync(viewer, OfferInputReader.Draft(input),
                    IdempotencyRequest.For(key.Value, "createOffer", input), context.CancellationToken);
                return await OfferPayloads.LoadAsync(context, outcome);
            });

        mutation.Field<NonNullGraphType<OfferPayloadType<UpdateOfferErrorType>>>("updateOffer")
            .Description("The offer's owner (its employer's members, or the operator that published it) changes some of its fields.")
            .Argument<NonNullGraphType<UpdateOfferInputType>>("input", "The offer and the fields to change.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var offerId = GlobalId.Parse(input["offerId"] as string, OfferType.TypeName);
                var outcome = await update.RunAsync(viewer, offerId, input, context.CancellationToken);
                return await OfferPayloads.LoadAsync(context, outcome);
            });

        Add<PublishOfferErrorType, PublishOfferInputType>(mutation, "publishOffer", OfferStatusAction.Publish,
            "The offer's owner publishes it: it becomes searchable while seats are left. A removed offer cannot be published again.");
        Add<UnpublishOfferErrorType, UnpublishOfferInputType>(mutation, "unpublishOffer", OfferStatusAction.Unpublish,
            "The offer's owner unpublishes it: it leaves searches and takes no more applications.");
        Add<RemoveOfferErrorType, RemoveOfferInputType>(mutation, "removeOffer", OfferStatusAction.Remove,
            "The offer's owner removes it (status REMOVED, kept for history, final); refused while confirmed internships take seats.");
    }

    private void Add<TErrors, TInput>(MutationType mutation, string name, OfferStatusAction action, string description)
        where TErrors : UnionGraphType, new()
        where TInput : InputObjectGraphType =>
        mutation.Field<NonNullGraphType<OfferPayloadType<TErrors>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "Which offer.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var offerId = GlobalId.Parse(input["offerId"] as string, OfferType.TypeName);
                var outcome = await statusChange.RunAsync(viewer, offerId, action, context.CancellationToken);
                return await OfferPayloads.LoadAsync(context, outcome);
            });
}

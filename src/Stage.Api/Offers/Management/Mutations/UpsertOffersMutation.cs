using GraphQL;
using GraphQL.Types;
using Stage.Api.GraphQL;
using Stage.Api.Identity;
using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>Operators publish their offers in bulk, identified by their remote ids.</summary>
public sealed class UpsertOffersMutation(UpsertOffers upsert) : IMutationFields
{

    public void AddTo(MutationType mutation) =>
        mutation.Field<NonNullGraphType<UpsertOffersPayloadType>>("upsertOffers")
            .Description($"An operator creates or updates up to {UpsertOffers.MaxItems} offers at once, each identified by its `remoteId`. " +
                "All or nothing: if any item breaks a rule, nothing is written and `errors` lists every item's invalid fields.")
            .Argument<NonNullGraphType<UpsertOffersInputType>>("input", "The offers.")
            .ResolveAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var key = IdempotencyKeyInput.Of(input);
                var items = OfferInputReader.List(input["offers"]).Select(i => OfferInputReader.Draft(OfferInputReader.InputObject(i))).ToList();
                var outcome = key.Error ?? await upsert.RunAsync(viewer, items,
                    IdempotencyRequest.For(key.Value, "upsertOffers", input), context.CancellationToken);
                return await OfferPayloads.LoadUpsertAsync(context, outcome);
            });
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stage.Api.Data;
using Stage.Api.Events;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Subscriptions;

/// <summary><c>offerSeatsChanged</c>: public, an offer's remaining seats and status after each change.</summary>
public sealed class OfferSubscriptions(
    OfferSeatsHub hub,
    IDbContextFactory<StageDbContext> databases,
    ActiveSubscriptions counter,
    IOptions<SubscriptionOptions> options) : ISubscriptionFields
{
    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<OfferSeatsChangeType>>("offerSeatsChanged")
            .Description(
                "An offer's seats and status after each committed change (a confirmation, a withdrawal, an edit, publishing...). " +
                "Public. Subscribe first, then read the offer, so that no change falls between the two.")
            .Argument<NonNullGraphType<IdGraphType>>("offerId", "The offer to follow (a published one, or one waiting for an update).")
            .ResolveStreamAsync(SubscribeAsync);

    private async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        var offerId = GlobalId.Parse(context.GetArgument<string>("offerId"), OfferType.TypeName);
        await using (var db = await databases.CreateDbContextAsync(context.CancellationToken))
        {
            if (!await db.Offers.VisibleTo(context.Viewer()).AnyAsync(o => o.Id == offerId, context.CancellationToken))
            {
                throw new ExecutionError("No published offer has this id.") { Code = ErrorCodes.NotFound };
            }
        }

        return new EventSubscription<OfferSeatsChange>(new EventSubscriptionSource<OfferSeatsChange>(
            Register: stream => hub.Register(stream, offerId),
            Replay: null,
            After: null,
            BufferSize: options.Value.BufferSize,
            Credits: (context.UserContext as StageUserContext)?.Delivery,
            Counter: counter));
    }
}

public static class OfferSeatsSetup
{
    /// <summary><c>offerSeatsChanged</c>: the feed woken by the offers' seat notifications and the hub it fans out to.</summary>
    public static IServiceCollection AddOfferSeatsEvents(this IServiceCollection services)
    {
        services.AddSingleton<OfferSeatsHub>();
        services.AddSingleton<IDatabaseNotificationHandler, OfferSeatsFeed>();
        return services;
    }
}

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

/// <summary>
/// <c>offerSeatsChanged</c>: public, the remaining seats and status of one offer, or of a page of offers in one stream
/// (a browser holds at most six HTTP/1.1 connections to a host: one event stream per offer shown would starve it).
/// </summary>
public sealed class OfferSubscriptions(
    OfferSeatsHub hub,
    OfferSeatsFeed feed,
    IDbContextFactory<StageDbContext> databases,
    ActiveSubscriptions counter,
    IOptions<SubscriptionOptions> options) : ISubscriptionFields
{
    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<OfferSeatsChangeType>>("offerSeatsChanged")
            .Description(
                "An offer's seats and status after each committed change (a confirmation, a withdrawal, an edit, publishing...). " +
                "Public. Subscribe first, then read the offer, so that no change falls between the two. An offer reserved to schools " +
                "while it is followed is, for a follower who may not see it, as if it no longer existed: its changes stop reaching them.")
            .Argument<IdGraphType>("offerId", "The offer to follow (a published one, or one waiting for an update). Give it or `offerIds`.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("offerIds",
                $"Several offers to follow in one stream, e.g. a page of results: 1 to {MaxOffers} ids (`TOO_MANY_IDS` beyond, `EMPTY_LIST` for none), "
                + "every one visible (`NOT_FOUND` otherwise). Give it or `offerId`.")
            .ResolveStreamAsync(SubscribeAsync);

    /// <summary>The most offers one stream follows: a page of results at its largest.</summary>
    public const int MaxOffers = 100;

    private async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        var offerIds = FollowedOfferIds(context);
        await using (var db = await databases.CreateDbContextAsync(context.CancellationToken))
        {
            var visible = await db.Offers.VisibleTo(context.Viewer()).CountAsync(o => offerIds.Contains(o.Id), context.CancellationToken);
            if (visible != offerIds.Length)
            {
                throw new ExecutionError(offerIds.Length == 1 ? "No published offer has this id." : "Some of these ids are not published offers.")
                {
                    Code = ErrorCodes.NotFound,
                };
            }
        }

        // Just after start-up the listener's first connection would publish the offers' state as if they had changed.
        await feed.Started.WaitAsync(context.CancellationToken);
        return new EventSubscription<OfferSeatsChange>(new EventSubscriptionSource<OfferSeatsChange>(
            Register: stream => hub.Register(stream, offerIds, context.Viewer()),
            Replay: null,
            After: null,
            BufferSize: options.Value.BufferSize,
            Credits: (context.UserContext as StageUserContext)?.Delivery,
            Counter: counter));
    }

    /// <summary>The distinct offers of <c>offerId</c> or <c>offerIds</c>, exactly one of which is given.</summary>
    private static long[] FollowedOfferIds(IResolveFieldContext context)
    {
        var one = context.GetArgument<string?>("offerId");
        var many = context.GetArgument<List<string>?>("offerIds");
        if ((one is null) == (many is null))
        {
            throw new InvalidArgumentError(ErrorCodes.BadRequest, "offerIds", "Give either offerId or offerIds.");
        }

        if (many is { Count: 0 })
        {
            throw new InvalidArgumentError(ErrorCodes.EmptyList, "offerIds", "offerIds needs at least one id.");
        }

        if (many is { Count: > MaxOffers })
        {
            throw new InvalidArgumentError(ErrorCodes.TooManyIds, "offerIds", $"At most {MaxOffers} offers may be followed in one stream; {many.Count} were given.");
        }

        return (many ?? [one!]).Select(id => GlobalId.Parse(id, OfferType.TypeName)).Distinct().ToArray();
    }
}

public static class OfferSeatsSetup
{
    /// <summary><c>offerSeatsChanged</c>: the feed woken by the offers' seat notifications and the hub it fans out to.</summary>
    public static IServiceCollection AddOfferSeatsEvents(this IServiceCollection services)
    {
        services.AddSingleton<OfferSeatsHub>();
        services.AddSingleton<OfferSeatsFeed>();
        services.AddSingleton<IDatabaseNotificationHandler>(provider => provider.GetRequiredService<OfferSeatsFeed>());
        return services;
    }
}

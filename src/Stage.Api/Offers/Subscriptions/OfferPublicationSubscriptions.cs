using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Stage.Api.Events;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Schema;
using Stage.Api.Offers.Search;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// <c>offersPublished</c>: the offers that become searchable with the same <c>where</c>, <c>near</c>, <c>search</c> and
/// <c>viewer</c> as <c>offers(...)</c> for the same caller (reserved offers, a pupil's grade and an API key's territory
/// included), live, resumable after a cursor; then what happens to each delivered offer (full, unpublished, removed).
/// </summary>
public sealed class OfferPublicationSubscriptions(
    OfferPublicationHub hub,
    OfferPublicationFeed feed,
    OfferPublications store,
    OfferSearch search,
    SchoolCalendar calendar,
    CursorSigner cursors,
    ActiveSubscriptions counter,
    IOptions<SearchOptions> searchOptions,
    IOptions<SubscriptionOptions> options) : ISubscriptionFields
{
    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<OfferPublicationType>>("offersPublished")
            .Description(
                "Offers as they become searchable (published, republished, open again after a seat was freed) that `offers` would " +
                "return with the same `where`, `near`, `search` and `viewer` for the same caller: reserved offers only to those who " +
                "may see them, a pupil's own grade by default. Then, for each offer this stream delivered, an event when it is full, " +
                "unpublished or removed. With `after`, first every event after that cursor, then live ones: no gap, no duplicate, in " +
                "commit order. Anonymous callers may subscribe; the arguments are checked as `offers` checks them.")
            .Argument<OfferFilterInputType>(FilterArgument.Name, "Conditions on the offers' fields, as in `offers`.")
            .Argument<NearInputType>("near", "Only offers within a radius of a point, a place or a postal code, as in `offers`.")
            .Argument<StringGraphType>("search", "Words to find, as in `offers` (French, accents ignored, the last word as a prefix). At most 200 characters.")
            .Argument<OfferViewerInputType>(OfferViewerInputType.Argument, "A signed-in pupil's view, as in `offers`: by default a pupil gets only the offers open to their grade.")
            .Argument<NonNullGraphType<BooleanGraphType>>(OfferSearchArguments.IncludePast, arg =>
            {
                arg.Description = "Also offers whose weeks have all started, as in `offers`. By default an offer comes only with a week to " +
                    "come (its Monday after the day the subscription started, in France).";
                arg.DefaultValue = false;
            })
            .Argument<StringGraphType>("after", "Resume after this cursor (from an event of `offersPublished`, with the same arguments).")
            .ResolveStreamAsync(SubscribeAsync);

    private async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        var request = new OfferSearchRequest(
            FilterArgument.Read(context, OfferFilter.Fields),
            [],
            OfferSearchArguments.Near(context.GetArgument<NearInput?>("near"), searchOptions.Value),
            OfferSearchArguments.Search(context.GetArgument<string?>("search")),
            new OfferPageRequest(1, false, null))
        {
            Territory = OfferTerritory.Of(context),
            Caller = OfferCaller.Of(context.Viewer()),
            Pupil = PupilView.Of(context),
            EndsAfter = OfferSearchArguments.EndsAfter(context, calendar),
        };
        var resumed = context.GetArgument<string?>("after") is { } cursor ? OfferPublicationCursor.Decode(cursor, cursors, "after") : ((long, long)?)null;
        request = await search.WithPupilGradeAsync(request, context.CancellationToken);

        var filter = new OfferFeedFilter(request);
        // A new stream starts where this instance's feed stands, and replays what commits before it is live; a resumed
        // one needs the feed started too, lest the feed start past its replay.
        var feedPosition = await feed.PositionAsync(context.CancellationToken);
        long after, origin;
        List<long> delivered = [];
        if (resumed is { } position)
        {
            (after, origin) = position;
            delivered = await store.DeliveredAsync(filter, origin, after, context.CancellationToken);
        }
        else
        {
            after = origin = feedPosition;
        }

        var subscriber = new OfferFeedSubscriber(filter, origin, delivered);
        var stream = new EventSubscription<OfferPublication>(new EventSubscriptionSource<OfferPublication>(
            Register: _ => hub.Register(subscriber),
            Replay: (from, limit, cancellationToken) => ReplayAsync(subscriber, from, limit, cancellationToken),
            After: after,
            BufferSize: options.Value.BufferSize,
            Credits: (context.UserContext as StageUserContext)?.Delivery,
            Counter: counter,
            Deliverable: subscriber.Deliverable));
        subscriber.Stream = stream;
        return stream;
    }

    private async Task<IReadOnlyList<OfferPublication>> ReplayAsync(OfferFeedSubscriber subscriber, long after, int limit, CancellationToken cancellationToken)
    {
        var events = await store.ReplayAsync(subscriber.Filter, subscriber.Origin, after, limit, cancellationToken);
        foreach (var change in events.Where(e => e.Kind == OfferPublicationKind.Published))
        {
            hub.Follow(subscriber, change.OfferId);
        }

        return [.. events.Select(e => new OfferPublication(e, subscriber.Origin))];
    }
}

public static class OfferPublicationSetup
{
    /// <summary><c>offersPublished</c>: the store, the hub of this instance's subscribers and the feed the listener wakes.</summary>
    public static IServiceCollection AddOfferPublicationEvents(this IServiceCollection services)
    {
        services.AddSingleton<OfferPublications>();
        services.AddSingleton<OfferPublicationHub>();
        services.AddSingleton<OfferPublicationFeed>();
        services.AddSingleton<IDatabaseNotificationHandler>(p => p.GetRequiredService<OfferPublicationFeed>());
        return services;
    }
}

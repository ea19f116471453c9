using Stage.Api.Agreements;
using Stage.Api.Agreements.Subscriptions;
using Stage.Api.Applications;
using Stage.Api.Applications.Subscriptions;
using Stage.Api.Offers.Subscriptions;

namespace Stage.Api.Events;

public static class EventsSetup
{
    /// <summary>Real-time events: the database listener, the feeds it wakes and the hubs they fan out to.</summary>
    public static IServiceCollection AddRealtimeEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.Section));
        services.AddSingleton<ActiveSubscriptions>();
        services.AddSingleton<ApplicationNodeSource>();
        services.AddSingleton<AgreementNodeSource>();
        services.AddPartyEvents<ApplicationStatusChange, ApplicationStatusChanges>();
        services.AddPartyEvents<AgreementStatusChange, AgreementStatusChanges>();
        services.AddSingleton<OfferSeatsHub>();
        services.AddSingleton<IDatabaseNotificationHandler, OfferSeatsFeed>();
        services.AddSingleton<DatabaseNotificationListener>();
        services.AddHostedService(p => p.GetRequiredService<DatabaseNotificationListener>());
        return services;
    }

    /// <summary>One kind of party event: its store, hub, feed (woken by the listener) and subscriber.</summary>
    private static void AddPartyEvents<TEvent, TStore>(this IServiceCollection services)
        where TEvent : class, IPartyEvent where TStore : class, IPartyEventStore<TEvent>
    {
        services.AddSingleton<IPartyEventStore<TEvent>, TStore>();
        services.AddSingleton<PartyEventHub<TEvent>>();
        services.AddSingleton<IDatabaseNotificationHandler, PartyEventFeed<TEvent>>();
        services.AddSingleton<PartyEventSubscriber<TEvent>>();
    }
}

namespace Stage.Api.Events;

public static class EventsSetup
{
    /// <summary>
    /// Real-time events: the database listener and the subscription counter. Each feature registers its own
    /// kinds of events (<see cref="AddPartyEvents{TEvent, TStore}"/>, or its own feed and hub).
    /// </summary>
    public static IServiceCollection AddRealtimeEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.Section));
        services.AddSingleton<ActiveSubscriptions>();
        services.AddSingleton<DatabaseNotificationListener>();
        services.AddHostedService(p => p.GetRequiredService<DatabaseNotificationListener>());
        return services;
    }

    /// <summary>One kind of party event: its store, hub, feed (woken by the listener) and subscriber.</summary>
    public static IServiceCollection AddPartyEvents<TEvent, TStore>(this IServiceCollection services)
        where TEvent : class, IPartyEvent where TStore : class, IPartyEventStore<TEvent>
    {
        services.AddSingleton<IPartyEventStore<TEvent>, TStore>();
        services.AddSingleton<PartyEventHub<TEvent>>();
        services.AddSingleton<PartyEventFeed<TEvent>>();
        services.AddSingleton<IDatabaseNotificationHandler>(p => p.GetRequiredService<PartyEventFeed<TEvent>>());
        services.AddSingleton<PartyEventSubscriber<TEvent>>();
        return services;
    }
}

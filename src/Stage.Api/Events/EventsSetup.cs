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
        services.AddSingleton<ApplicationStatusChanges>();
        services.AddSingleton<ApplicationNodeSource>();
        services.AddSingleton<ApplicationStatusHub>();
        services.AddSingleton<ApplicationStatusFeed>();
        services.AddSingleton<IDatabaseNotificationHandler>(p => p.GetRequiredService<ApplicationStatusFeed>());
        services.AddSingleton<OfferSeatsHub>();
        services.AddSingleton<IDatabaseNotificationHandler, OfferSeatsFeed>();
        services.AddSingleton<DatabaseNotificationListener>();
        services.AddHostedService(p => p.GetRequiredService<DatabaseNotificationListener>());
        return services;
    }
}

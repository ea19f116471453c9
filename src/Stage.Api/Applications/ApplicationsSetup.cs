using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.Applications.Subscriptions;
using Stage.Api.Events;
using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Applications;

public static class ApplicationsSetup
{
    public static IServiceCollection AddApplications(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutcomeSnapshot<MutationOutcome>, ApplicationSnapshot>());
        services.AddSingleton<ApplyToOffer>();
        services.AddSingleton<ApplicationWorkflow>();
        services.AddSingleton<ApplicationExpiry>();
        services.AddSingleton<Queries.ApplicationList>();
        services.AddHostedService<ApplicationExpiryService>();
        services.AddSingleton<ApplicationNodeSource>();
        services.AddPartyEvents<ApplicationStatusChange, ApplicationStatusChanges>();
        return services;
    }
}

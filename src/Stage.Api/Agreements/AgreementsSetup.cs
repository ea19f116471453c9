using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.Agreements.Subscriptions;
using Stage.Api.Events;

namespace Stage.Api.Agreements;

public static class AgreementsSetup
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AgreementWorkflow>();
        services.AddSingleton<AgreementSigningLinks>();
        services.AddSingleton<AgreementNodeSource>();
        services.AddPartyEvents<AgreementStatusChange, AgreementStatusChanges>();
        return services;
    }
}

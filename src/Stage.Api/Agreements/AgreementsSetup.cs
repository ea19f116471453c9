using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.Agreements.Subscriptions;
using Stage.Api.Applications;
using Stage.Api.Events;
using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Agreements;

public static class AgreementsSetup
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutcomeSnapshot<AgreementOutcome>, AgreementSnapshot>());
        services.AddSingleton<AgreementWorkflow>();
        services.AddSingleton<AgreementSigningLinks>();
        services.AddSingleton<AgreementNodeSource>();
        services.AddSingleton<IConfirmationFollowUp, AgreementOnConfirmation>();
        services.AddPartyEvents<AgreementStatusChange, AgreementStatusChanges>();
        return services;
    }
}

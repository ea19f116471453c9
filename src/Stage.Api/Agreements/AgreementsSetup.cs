using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stage.Api.Agreements;

public static class AgreementsSetup
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AgreementWorkflow>();
        services.AddSingleton<AgreementSigningLinks>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Agreements;

public static class AgreementsSetup
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddIdempotency();
        services.AddSingleton<AgreementWorkflow>();
        services.AddSingleton<AgreementSigningLinks>();
        return services;
    }
}

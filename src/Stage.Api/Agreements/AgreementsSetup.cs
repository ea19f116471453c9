using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Agreements;

public static class AgreementsSetup
{
    public static IServiceCollection AddAgreements(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(typeof(IdempotentTransaction<>));
        services.AddSingleton<AgreementWorkflow>();
        services.AddSingleton<AgreementSigningLinks>();
        return services;
    }
}

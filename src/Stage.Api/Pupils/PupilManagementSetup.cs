using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Pupils;

public static class PupilManagementSetup
{
    /// <summary>
    /// Pre-registration (<c>preRegisterPupils</c>) and the <c>pupils</c> list.
    /// Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddPupilManagement(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutcomeSnapshot<PreRegistrationOutcome>, PreRegistrationSnapshot>());
        services.TryAddSingleton<PreRegisterPupils>();
        services.TryAddSingleton<PupilList>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.Kit.Relay;
using Stage.Api.Schools.PreRegistration;
using Stage.Api.GraphQL.Mutations;

namespace Stage.Api.Schools.Pupils;

public static class PupilManagementSetup
{
    /// <summary>
    /// Pre-registration (<c>preRegisterPupils</c>), the <c>pupils</c> list and <c>Pupil.applications</c>.
    /// Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddPupilManagement(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CursorSigner>();
        services.TryAddSingleton(typeof(IdempotentTransaction<>));
        services.TryAddSingleton<PreRegisterPupils>();
        services.TryAddSingleton<PupilList>();
        services.TryAddScoped<PupilApplicationsLoader>();
        return services;
    }
}

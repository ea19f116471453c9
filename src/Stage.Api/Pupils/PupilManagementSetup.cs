using Microsoft.Extensions.DependencyInjection.Extensions;


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
        services.TryAddSingleton<PreRegisterPupils>();
        services.TryAddSingleton<PupilList>();
        return services;
    }
}

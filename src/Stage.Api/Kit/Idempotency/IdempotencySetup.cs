using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stage.Api.Kit.Idempotency;

public static class IdempotencySetup
{
    /// <summary>Idempotent mutation transactions and the job that forgets expired keys.</summary>
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(IdempotentTransaction<>));
        services.AddHostedService<IdempotencyKeyCleanup>();
        return services;
    }
}

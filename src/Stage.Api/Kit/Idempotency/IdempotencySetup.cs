using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stage.Api.Kit.Idempotency;

public static class IdempotencySetup
{
    /// <summary>Idempotent mutation transactions and the job that forgets expired keys. Calling it twice is harmless.</summary>
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(typeof(IdempotentTransaction<>));
        if (!services.Any(service => service.ImplementationType == typeof(IdempotencyKeyCleanup)))
        {
            services.AddHostedService<IdempotencyKeyCleanup>();
        }

        return services;
    }
}

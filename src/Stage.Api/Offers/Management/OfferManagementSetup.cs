using Microsoft.Extensions.DependencyInjection.Extensions;
using Stage.Api.Kit.Idempotency;

namespace Stage.Api.Offers.Management;

public static class OfferManagementSetup
{
    /// <summary>The services of offer management (create, update, status changes, bulk upsert).</summary>
    public static IServiceCollection AddOfferManagement(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutcomeSnapshot<OfferOutcome>, OfferSnapshot>());
        services.AddSingleton<CreateOffer>();
        services.AddSingleton<UpdateOffer>();
        services.AddSingleton<OfferStatusChange>();
        services.AddSingleton<UpsertOffers>();
        return services;
    }
}


namespace Stage.Api.Offers.Management;

public static class OfferManagementSetup
{
    /// <summary>The services of offer management (create, update, status changes, bulk upsert).</summary>
    public static IServiceCollection AddOfferManagement(this IServiceCollection services)
    {
        services.AddSingleton<CreateOffer>();
        services.AddSingleton<UpdateOffer>();
        services.AddSingleton<OfferStatusChange>();
        services.AddSingleton<UpsertOffers>();
        return services;
    }
}

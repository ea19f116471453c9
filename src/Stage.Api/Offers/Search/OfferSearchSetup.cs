using Stage.Api.Data;

namespace Stage.Api.Offers.Search;

public static class OfferSearchSetup
{
    public static IServiceCollection AddOfferSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton(provider => new NearestNeighbourDataSource(
            provider.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseSetup.ConnectionStringName)!));
        services.AddSingleton<OfferSearch>();
        services.AddSingleton<OfferCursorCodec>();
        return services;
    }
}

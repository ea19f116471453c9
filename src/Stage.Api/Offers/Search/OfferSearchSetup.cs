using Npgsql;
using Stage.Api.Data;
using Stage.Api.Offers.Search.Memory;

namespace Stage.Api.Offers.Search;

public static class OfferSearchSetup
{
    public static IServiceCollection AddOfferSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        SchoolCalendarOptions.Register(services, configuration);
        services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return new NearestNeighbourDataSource(configuration.GetConnectionString(DatabaseSetup.NearestConnectionStringName)
                ?? configuration.GetConnectionString(DatabaseSetup.ConnectionStringName)!);
        });
        services.AddSingleton<OfferIndexSearch>();
        services.AddHostedService(provider => provider.GetRequiredService<OfferIndexSearch>());
        services.AddSingleton<OfferSearch>();
        return services;
    }
}

/// <summary>Limits of offer searches (configuration section "Stage:Search").</summary>
public sealed class SearchOptions
{
    public const string Section = "Stage:Search";

    /// <summary>The radius when <c>near</c> gives none: 60 km, the national platform's default.</summary>
    public double DefaultRadiusKm { get; set; } = 60;

    /// <summary>The largest radius a client may ask for.</summary>
    public double MaxRadiusKm { get; set; } = 200;

    /// <summary>
    /// Whether the commonest full-text search (one word, no other condition, relevance first) is answered from an index in
    /// memory, loaded at start (about 1 GB per million offers); false leaves every search to PostgreSQL.
    /// </summary>
    public bool InMemoryIndex { get; set; } = true;

    /// <summary>
    /// The most changed offers the index applies one by one when it reads the change log; beyond (a bulk load or update),
    /// it loads everything again in the background, and searches use PostgreSQL meanwhile.
    /// </summary>
    public int InMemoryIndexMaxChangesApplied { get; set; } = 20_000;

    /// <summary>The time an <c>offers</c> field's statements may take together (<see cref="SearchBudget"/>).</summary>
    public TimeSpan Budget { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Sessions for reading offers in distance order. PostGIS estimates a radius condition at about 1e-4 of
/// the table, so the planner prefers a bitmap scan of the whole disc plus a sort (40 ms in Paris on a
/// million offers) to the GiST index's nearest-neighbour scan (under 1 ms). Without bitmap scans it
/// takes the index scan, which stops after the page. Only the distance-ordered page runs here.
/// </summary>
public sealed class NearestNeighbourDataSource(string connectionString) : IAsyncDisposable
{
    /// <summary>Connections this pool may hold unless the connection string sets <c>Maximum Pool Size</c>: only one kind of page runs here.</summary>
    public const int DefaultMaxPoolSize = 10;

    public NpgsqlDataSource DataSource { get; } = StageDataSource.Create(connectionString, DefaultMaxPoolSize, "enable_bitmapscan=off");

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}

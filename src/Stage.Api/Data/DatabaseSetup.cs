using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Stage.Api.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Stage";

    /// <summary>Where the LISTEN connection goes when the others go through a transaction pooler (PgBouncer): PostgreSQL itself.</summary>
    public const string ListenerConnectionStringName = "StageListener";

    /// <summary>Where distance-ordered pages go when their sessions need a pooler database of their own (see README "Connections").</summary>
    public const string NearestConnectionStringName = "StageNearest";

    /// <summary>One data source for EF Core and raw Npgsql alike; a pool of contexts for resolvers; the listener's own connection.</summary>
    public static IServiceCollection AddStageDatabase(this IServiceCollection services)
    {
        services.AddSingleton(provider => StageDataSource.Create(ConnectionString(provider, ConnectionStringName)));
        services.AddSingleton(provider =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            return new ListenerDataSource(configuration.GetConnectionString(ListenerConnectionStringName) ?? ConnectionString(provider, ConnectionStringName));
        });
        services.AddPooledDbContextFactory<StageDbContext>((provider, options) =>
            options.UseStageDatabase(provider.GetRequiredService<NpgsqlDataSource>()));
        return services;
    }

    private static string ConnectionString(IServiceProvider provider, string name) =>
        provider.GetRequiredService<IConfiguration>().GetConnectionString(name)
        ?? throw new InvalidOperationException($"No database configured: set ConnectionStrings__{name} (./stage run does it for you).");
}

using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Stage.Api.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Stage";

    /// <summary>One data source for EF Core and raw Npgsql alike; a pool of contexts for resolvers.</summary>
    public static IServiceCollection AddStageDatabase(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName)
                ?? throw new InvalidOperationException(
                    $"No database configured: set ConnectionStrings__{ConnectionStringName} (./stage run does it for you).");
            return StageDataSource.Create(connectionString);
        });
        services.AddPooledDbContextFactory<StageDbContext>((provider, options) =>
            options.UseStageDatabase(provider.GetRequiredService<NpgsqlDataSource>()));
        return services;
    }
}

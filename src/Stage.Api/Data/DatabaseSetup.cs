using Microsoft.EntityFrameworkCore;

namespace Stage.Api.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Stage";

    /// <summary>One data source for EF Core and raw Npgsql alike; a pool of contexts for resolvers.</summary>
    public static IServiceCollection AddStageDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} (./stage run does it for you).");
        services.AddSingleton(_ => StageDataSource.Create(connectionString));
        services.AddPooledDbContextFactory<StageDbContext>((provider, options) =>
            options.UseStageDatabase(provider.GetRequiredService<Npgsql.NpgsqlDataSource>()));
        return services;
    }
}

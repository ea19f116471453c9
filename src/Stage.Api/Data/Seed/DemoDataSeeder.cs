using Npgsql;

namespace Stage.Api.Data.Seed;

public sealed class DemoDataSeeder(NpgsqlDataSource dataSource, ILogger<DemoDataSeeder> logger)
{
    public Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        _ = dataSource;
        _ = logger;
        _ = options;
        return Task.CompletedTask;
    }
}

using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Geography;
using Stage.Api.Offers;

namespace Stage.Api.Tests.Fixtures;

/// <summary>Applies the project's EF Core migrations to a test database, exactly as `./stage migrate` does.</summary>
public static class StageMigrations
{
    public static async Task ApplyAsync(string connectionString)
    {
        await using var dataSource = StageDataSource.Create(connectionString);
        var options = new DbContextOptionsBuilder<StageDbContext>().UseStageDatabase(dataSource).Options;
        await using var db = new StageDbContext(options);
        await MigrationBaseline.AdoptPreBaselineHistoryAsync(db);
        await db.Database.MigrateAsync();
        await using var connection = await dataSource.OpenConnectionAsync();
        if (await GazetteerTables.LoadAsync(connection))
        {
            await OfferCommuneBackfill.RunAsync(connection);
        }
    }

    public static Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateAsync(ApplyAsync);
}

using Microsoft.EntityFrameworkCore;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Geography;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_build_the_whole_schema_on_an_empty_database()
    {
        // An empty template: the migrations, not the shared template, do all the work here.
        await using var database = await TestDatabase.CreateAsync(_ => Task.CompletedTask);
        await StageMigrations.ApplyAsync(database.ConnectionString);

        await using var dataSource = StageDataSource.Create(database.ConnectionString);
        await using var db = new StageDbContext(new DbContextOptionsBuilder<StageDbContext>().UseStageDatabase(dataSource).Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: add a migration.");
        Assert.Equal(51, await db.Sectors.CountAsync());
        Assert.Equal("Agriculture", (await db.Sectors.SingleAsync(s => s.Code == "s51")).Name);

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var extensions = new NpgsqlCommand("SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension", connection);
        var installed = (string)(await extensions.ExecuteScalarAsync())!;
        Assert.Contains("postgis", installed, StringComparison.Ordinal);
        Assert.Contains("unaccent", installed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_derives_departements_and_regions_like_the_code()
    {
        await using var database = await StageMigrations.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        var postalCodes = FrenchCities.All.Select(c => c.PostalCode)
            .Concat(["20000", "20199", "20200", "20699", "20700", "97100", "97500", "97600", "97700", "98000", "00100", "96000", "1234", "abcde"]);
        foreach (var postalCode in postalCodes)
        {
            await using var command = new NpgsqlCommand("SELECT stage_department_of('FR', $1), stage_region_of(stage_department_of('FR', $1))", connection)
            {
                Parameters = { new() { Value = postalCode } },
            };
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var department = FrenchDepartments.CodeFromPostalCode(postalCode);
            Assert.Equal(department, reader.IsDBNull(0) ? null : reader.GetString(0));
            Assert.Equal(department is null ? null : FrenchDepartments.Find(department)!.RegionCode, reader.IsDBNull(1) ? null : reader.GetString(1));
        }
    }
}

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

        var postalCodes = Gazetteer.France.PostalCodes
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

    [Theory]
    [InlineData(10, true)]
    [InlineData(4, false)]
    public async Task A_database_built_by_the_migrations_before_the_baseline_is_adopted_only_when_complete(int oldMigrations, bool adopted)
    {
        string[] oldChain =
        [
            "20261129093631_InitialSchema", "20261129100011_OfferSearchIndexes", "20261129102203_SearchWholeWordPrefixes",
            "20261129102612_Applications", "20261129110415_OfferGradeGroupIndexes", "20261129113410_SearchWholeWordsInTitles",
            "20261129115421_EventPositions", "20261129115423_ApiKeys", "20261129122427_Agreements", "20261129124958_AgreementEventPositions",
        ];
        await using var database = await StageMigrations.CreateDatabaseAsync();
        await using var dataSource = StageDataSource.Create(database.ConnectionString);
        await using var db = new StageDbContext(new DbContextOptionsBuilder<StageDbContext>().UseStageDatabase(dataSource).Options);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using var rewrite = new NpgsqlCommand(
                $"WITH emptied AS (DELETE FROM {MigrationBaseline.HistoryTable}) INSERT INTO {MigrationBaseline.HistoryTable} SELECT unnest($1::text[]), '10.0.15'",
                connection)
            {
                Parameters = { new() { Value = oldChain[..oldMigrations] } },
            };
            await rewrite.ExecuteNonQueryAsync();
        }

        if (adopted)
        {
            await MigrationBaseline.AdoptPreBaselineHistoryAsync(db);
            // The history names the baseline; the additive migrations after it are still to apply.
            Assert.Equal([db.Database.GetMigrations().First()], await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations().Skip(1), await db.Database.GetPendingMigrationsAsync());
        }
        else
        {
            var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => MigrationBaseline.AdoptPreBaselineHistoryAsync(db));
            Assert.Contains("./stage migrate", refusal.Message, StringComparison.Ordinal);
            Assert.Equal(oldChain[..oldMigrations], await db.Database.GetAppliedMigrationsAsync());
        }
    }
}

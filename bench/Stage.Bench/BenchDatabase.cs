using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Stage.Api.Offers;
using Stage.Api.Commands;
using Stage.Api.Data;
using Stage.Api.Data.Seed;

namespace Stage.Bench;

/// <summary>
/// A benchmark database on the server: created when missing, migrated as <c>./stage migrate</c> does, and
/// loaded with exactly <c>offers</c> demo offers (seed 42). A database already holding that many offers
/// is reused as it is; one holding another number, or loaded by an earlier edition of the seeder (its data would not
/// match today's draws), is dropped and loaded again, since the seeder only adds.
/// </summary>
public static class BenchDatabase
{
    private const int Seed = 42;

    /// <summary>
    /// Written on the database once loaded; change it when the seeder places its data differently. The offers' weeks
    /// follow the school year of the day they were loaded, so a new school year loads them again.
    /// </summary>
    private static string DataEdition =>
        $"stage demo data, seed 42: towns of every département by population, school year {SchoolCalendar.SchoolYearOf(SchoolCalendar.System.Today)}";

    /// <summary>Prepares the database and returns its connection string.</summary>
    public static async Task<string> PrepareAsync(string serverConnectionString, string name, int offers, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false }.ConnectionString;
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;

        var exists = await ExistsAsync(admin, name, cancellationToken);
        if (exists && await EditionAsync(admin, name, cancellationToken) != DataEdition)
        {
            Log.Warn($"{name}: its data comes from an earlier edition of the seeder: dropping and loading it again");
            await ExecuteAsync(admin, $"DROP DATABASE \"{name}\" WITH (FORCE)", cancellationToken);
            exists = false;
        }

        if (!exists)
        {
            Log.Step($"{name}: creating the database");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"", cancellationToken);
        }

        var migrated = await MigrateAsync(connectionString, name);
        var existing = await CountOffersAsync(connectionString, cancellationToken);
        if (existing == offers)
        {
            Log.Step($"{name}: reusing its {existing:N0} offers");
            // A migration may have rewritten every offer (e.g. its search vector), leaving as many dead rows.
            if (migrated > 0 || !await WasVacuumedAsync(connectionString, cancellationToken))
            {
                await VacuumAnalyzeAsync(connectionString, name, cancellationToken);
            }

            return connectionString;
        }

        if (existing > 0)
        {
            Log.Warn($"{name}: has {existing:N0} offers instead of {offers:N0}: dropping and loading it again");
            await ExecuteAsync(admin, $"DROP DATABASE \"{name}\" WITH (FORCE)", cancellationToken);
            // The pool's connections to the dropped database were ended with it.
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"", cancellationToken);
            await MigrateAsync(connectionString, name);
        }

        Log.Step($"{name}: loading {offers:N0} offers (seed {Seed})");
        await using (var services = Services(connectionString))
        {
            var seeder = new DemoDataSeeder(services.GetRequiredService<NpgsqlDataSource>(), SchoolCalendar.System,
                services.GetRequiredService<ILogger<DemoDataSeeder>>());
            await seeder.SeedAsync(new SeedOptions(Offers: offers, Seed: Seed), cancellationToken);
        }

        await VacuumAnalyzeAsync(connectionString, name, cancellationToken);
        await ExecuteAsync(admin, $"COMMENT ON DATABASE \"{name}\" IS '{DataEdition}'", cancellationToken);
        return connectionString;
    }

    /// <summary>
    /// The API's own migrate command, on a service provider configured like the API's; returns how many
    /// migrations it applied. Without a command timeout: on a million offers a migration that rewrites
    /// every row takes longer than Npgsql's default 30 s.
    /// </summary>
    private static async Task<int> MigrateAsync(string connectionString, string name)
    {
        var unlimited = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;
        var before = await AppliedMigrationsAsync(unlimited);
        await using (var services = Services(unlimited))
        {
            await StageCommands.MigrateAsync(services);
        }

        var applied = await AppliedMigrationsAsync(unlimited) - before;
        if (applied > 0)
        {
            Log.Step($"{name}: applied {applied} migration(s)");
        }

        return (int)applied;
    }

    private static async Task<long> AppliedMigrationsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('__ef_migrations_history') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync() is not true)
        {
            return 0;
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM __ef_migrations_history", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static ServiceProvider Services(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new($"ConnectionStrings:{DatabaseSetup.ConnectionStringName}", connectionString)])
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging
                .AddSimpleConsole(console => console.SingleLine = true)
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Information)
                .AddFilter("Microsoft", LogLevel.Warning)
                // As in the API's appsettings.json: EF logs its probe for a missing history table as a failure.
                .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical))
            .AddStageDatabase()
            .BuildServiceProvider();
    }

    private static async Task<bool> ExistsAsync(string admin, string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", connection)
        {
            Parameters = { new() { Value = name } },
        };
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<string?> EditionAsync(string admin, string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new() { Value = name } },
        };
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<long> CountOffersAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var dataSource = StageDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM offers");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<bool> WasVacuumedAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var dataSource = StageDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT coalesce(last_vacuum, last_autovacuum) IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'offers'");
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private static async Task VacuumAnalyzeAsync(string connectionString, string name, CancellationToken cancellationToken)
    {
        Log.Step($"{name}: VACUUM ANALYZE");
        await ExecuteAsync(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString,
            "VACUUM ANALYZE", cancellationToken);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stage.Api.Data;

namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// A class fixture: its own database cloned from the migrated template, the API in front of it, and
/// helpers to reach both. xunit disposes it after the class's tests, whatever their outcome.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private StageApiFactory? _factory;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");
    public StageApiFactory Factory => _factory ?? throw new InvalidOperationException("Not initialized.");
    public GraphQLClient GraphQL => new(Factory.CreateClient());

    public async Task InitializeAsync()
    {
        _database = await StageMigrations.CreateDatabaseAsync();
        _factory = new StageApiFactory(_database.ConnectionString);
    }

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public StageDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<StageDbContext>()
            .UseStageDatabase(Factory.Services.GetRequiredService<NpgsqlDataSource>()).Options;
        return new StageDbContext(options);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

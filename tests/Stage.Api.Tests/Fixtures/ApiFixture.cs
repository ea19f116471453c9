using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Identity.Development;

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

    /// <summary>A client that sends <c>Authorization: Bearer {token}</c> with every request.</summary>
    public GraphQLClient GraphQLWithToken(string token)
    {
        var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    /// <summary>
    /// A development token for a person of this database, as <c>./stage token</c> makes it (the account
    /// is created when missing), e.g. <c>TokenForAsync(DevelopmentLogin.Pupil(ine))</c>.
    /// </summary>
    public Task<string> TokenForAsync(DevelopmentLogin login) => TestTokens.ForAsync(Factory.Services, login);

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

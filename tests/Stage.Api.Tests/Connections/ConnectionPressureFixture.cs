using Npgsql;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Connections;

/// <summary>
/// A PostgreSQL cluster of its own with few connections (<see cref="MaxConnections"/>), since the test takes every one
/// of them and the shared cluster serves the other test classes meanwhile; an operator who creates offers.
/// </summary>
public sealed class ConnectionPressureFixture : IAsyncLifetime
{
    public const int MaxConnections = 20;
    public const string OperatorName = "Réseau sous pression";

    private LocalCluster? _cluster;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _cluster = await Task.Run(() => LocalPostgresCluster.StartCluster($"-c max_connections={MaxConnections} -c synchronous_commit=on"));
        await PostgresServer.ExecuteAsync(_cluster.ConnectionString, "CREATE DATABASE stage");
        ConnectionString = new NpgsqlConnectionStringBuilder(_cluster.ConnectionString) { Database = "stage", Timeout = 2 }.ConnectionString;
        await StageMigrations.ApplyAsync(ConnectionString);
        await PostgresServer.ExecuteAsync(ConnectionString, $"INSERT INTO operators (name) VALUES ('{OperatorName}')");
    }

    /// <summary>The API over this cluster; <paramref name="connectionString"/> may narrow its pools.</summary>
    public async Task<(StageApiFactory Factory, GraphQLClient Operator)> StartApiAsync(string? connectionString = null)
    {
        var factory = new StageApiFactory(connectionString ?? ConnectionString);
        var http = factory.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(60);
        http.DefaultRequestHeaders.Authorization = new("Bearer", await TestTokens.ForAsync(factory.Services, DevelopmentLogin.Operator(OperatorName)));
        return (factory, new GraphQLClient(http));
    }

    /// <summary>Opens connections from outside the API until PostgreSQL refuses one (53300): every slot is then held.</summary>
    public async Task<List<NpgsqlConnection>> HoldEveryConnectionAsync()
    {
        var held = new List<NpgsqlConnection>();
        var unpooled = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;
        for (var i = 0; i <= MaxConnections; i++)
        {
            var connection = new NpgsqlConnection(unpooled);
            try
            {
                await connection.OpenAsync();
                held.Add(connection);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.TooManyConnections)
            {
                await connection.DisposeAsync();
                return held;
            }
        }

        throw new InvalidOperationException($"PostgreSQL accepted more than max_connections ({MaxConnections}) connections.");
    }

    public async Task<bool> OfferExistsAsync(string title)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM offers WHERE title = $1", connection) { Parameters = { new() { Value = title } } };
        var count = (long)(await command.ExecuteScalarAsync())!;
        Assert.True(count <= 1, $"{title} was written {count} times.");
        return count == 1;
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            LocalPostgresCluster.StopServer(_cluster, "immediate");
        }

        await Task.CompletedTask;
    }
}

using Npgsql;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Health;

/// <summary>
/// A PostgreSQL cluster of its own (the shared one serves the other test classes in parallel and must
/// never stop), with synchronous commits so that an acknowledged commit survives a crash, and the API
/// in front of it with a 2-second connect timeout.
/// </summary>
public sealed class OutageFixture : IAsyncLifetime
{
    private LocalCluster? _cluster;
    private StageApiFactory? _factory;

    public LocalCluster Cluster => _cluster ?? throw new InvalidOperationException("Not initialized.");
    public StageApiFactory Factory => _factory ?? throw new InvalidOperationException("Not initialized.");
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _cluster = await Task.Run(() => LocalPostgresCluster.StartCluster("-c synchronous_commit=on"));
        await PostgresServer.ExecuteAsync(_cluster.ConnectionString, "CREATE DATABASE stage");
        ConnectionString = new NpgsqlConnectionStringBuilder(_cluster.ConnectionString) { Database = "stage", Timeout = 2 }.ConnectionString;
        await StageMigrations.ApplyAsync(ConnectionString);
        _factory = new StageApiFactory(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_cluster is not null)
        {
            LocalPostgresCluster.StopServer(_cluster, "immediate");
        }
    }
}

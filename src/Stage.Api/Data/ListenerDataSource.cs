using Npgsql;

namespace Stage.Api.Data;

/// <summary>
/// The one connection of an instance that LISTENs, outside the pools: a LISTEN lives as long as its session, so it
/// must reach PostgreSQL itself, never a transaction pooler, and it must not take a pooled connection for ever.
/// </summary>
public sealed class ListenerDataSource(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = StageDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}

using Npgsql;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Limits;

/// <summary>
/// A table of the fixture's database locked (ACCESS EXCLUSIVE) by a transaction held open until disposed, so that any
/// statement reading it waits: how a test makes an operation outlive its timeout.
/// </summary>
public sealed class TableLock : IAsyncDisposable
{
    private TableLock(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    public static async Task<TableLock> TakeAsync(ApiFixture api, string table)
    {
        var connection = await api.OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand($"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE", connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new TableLock(connection, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}

using Npgsql;

namespace Stage.Api.Data.Sql;

/// <summary>Short forms for statements run inside a transaction, with positional parameters ($1, $2...).</summary>
public static class NpgsqlTransactionExtensions
{
    public static async Task<int> ExecuteAsync(this NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] arguments)
    {
        await using var command = Command(transaction, sql, arguments);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<T?> ScalarAsync<T>(this NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] arguments)
    {
        await using var command = Command(transaction, sql, arguments);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)value;
    }

    public static NpgsqlCommand Command(this NpgsqlTransaction transaction, string sql, params object?[] arguments)
    {
        var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        foreach (var argument in arguments)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = argument ?? DBNull.Value });
        }

        return command;
    }
}

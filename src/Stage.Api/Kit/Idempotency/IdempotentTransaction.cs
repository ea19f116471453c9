using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Kit.Idempotency;

/// <summary>
/// The outcome of a mutation that <see cref="IdempotentTransaction{TOutcome}"/> can store with a key and give
/// back; it is stored as JSON through <see cref="BusinessErrorRegistry"/>, errors included.
/// </summary>
public interface IIdempotentOutcome<TSelf>
    where TSelf : IIdempotentOutcome<TSelf>
{
    /// <summary>True when a business rule refused the mutation: its work is rolled back, the outcome kept.</summary>
    bool IsRefused { get; }

    static abstract TSelf KeyReused(IdempotencyKeyReusedError error);
}

/// <summary>A client's idempotency key for one mutation call, with a hash of the call's input.</summary>
public sealed record IdempotencyRequest(string Key, string Operation, string InputHash)
{
    public static IdempotencyRequest? For(string? key, string operation, params object?[] input) =>
        string.IsNullOrEmpty(key) ? null
        : new IdempotencyRequest(key, operation, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            operation + "|" + JsonSerializer.Serialize(input)))));
}

public sealed record IdempotencyKeyReusedError(string Message) : IBusinessError;

public sealed class IdempotencyKeyReusedErrorType() : BusinessErrorType<IdempotencyKeyReusedError>(
    "IdempotencyKeyReusedError", "This idempotency key was already used with a different input; use a new key for a new request.");

/// <summary>
/// Reads, on the mutation's own connection and before its transaction commits, what the mutation's payload shows
/// (the application, agreement, offers or pupils its outcome names), and returns the outcome carrying it. Nothing that
/// runs after the commit then needs the database to answer, so a committed mutation is never answered as an error
/// (a pool exhausted or a server lost right after the commit cannot fail it).
/// </summary>
public interface IOutcomeSnapshot<TOutcome>
{
    Task<TOutcome> TakeAsync(StageDbContext db, TOutcome outcome, CancellationToken cancellationToken);
}

/// <summary>
/// Runs a mutation of an account in one transaction. With an idempotency key, the key is claimed first (a concurrent
/// retry waits on it), the outcome is stored with it, and a later retry gets the stored outcome without
/// running again; a business refusal rolls back the work but keeps the key and its outcome. The outcome's
/// <see cref="IOutcomeSnapshot{TOutcome}"/> is taken in the transaction, before the commit.
/// </summary>
public sealed class IdempotentTransaction<TOutcome>(NpgsqlDataSource dataSource, IEnumerable<IOutcomeSnapshot<TOutcome>> snapshots)
    where TOutcome : class, IIdempotentOutcome<TOutcome>
{
    private readonly IOutcomeSnapshot<TOutcome>[] _snapshots = [.. snapshots];

    public async Task<TOutcome> RunAsync(
        long accountId, IdempotencyRequest? idempotency, Func<NpgsqlTransaction, Task<TOutcome>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (idempotency is not null)
        {
            var previous = await ClaimAsync(transaction, accountId, idempotency, cancellationToken);
            if (previous is not null)
            {
                previous = await SnapshotAsync(connection, transaction, previous, cancellationToken);
                await transaction.RollbackAsync(cancellationToken);
                return previous;
            }

            await transaction.SaveAsync("work", cancellationToken);
        }

        var outcome = await work(transaction);
        if (outcome.IsRefused)
        {
            if (idempotency is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await SnapshotAsync(connection, null, outcome, cancellationToken);
            }

            await transaction.RollbackAsync("work", cancellationToken);
        }

        outcome = await SnapshotAsync(connection, transaction, outcome, cancellationToken);
        if (idempotency is not null)
        {
            await transaction.ExecuteAsync("UPDATE idempotency_keys SET result = $3 WHERE account_id = $1 AND key = $2",
                cancellationToken, accountId, idempotency.Key, BusinessErrorRegistry.Write(outcome));
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private async Task<TOutcome> SnapshotAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, TOutcome outcome, CancellationToken cancellationToken)
    {
        if (_snapshots.Length == 0)
        {
            return outcome;
        }

        await using var db = await StageDataSource.ContextOnAsync(connection, transaction, cancellationToken);
        foreach (var snapshot in _snapshots)
        {
            outcome = await snapshot.TakeAsync(db, outcome, cancellationToken);
        }

        return outcome;
    }

    private static async Task<TOutcome?> ClaimAsync(
        NpgsqlTransaction transaction, long accountId, IdempotencyRequest idempotency, CancellationToken cancellationToken)
    {
        var claimed = await transaction.ExecuteAsync(
            "INSERT INTO idempotency_keys (account_id, key, operation, input_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            cancellationToken, accountId, idempotency.Key, idempotency.Operation, idempotency.InputHash);
        if (claimed == 1)
        {
            return null;
        }

        await using var command = transaction.Command(
            "SELECT operation, input_hash, result FROM idempotency_keys WHERE account_id = $1 AND key = $2", accountId, idempotency.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var sameInput = reader.GetString(0) == idempotency.Operation && reader.GetString(1) == idempotency.InputHash;
        return sameInput && !reader.IsDBNull(2)
            ? BusinessErrorRegistry.Read<TOutcome>(reader.GetString(2))
            : TOutcome.KeyReused(new IdempotencyKeyReusedError(
                "This idempotency key was already used with a different input. Use a new key for a new request."));
    }
}

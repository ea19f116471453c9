using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Identity;

namespace Stage.Api.GraphQL.Mutations;

/// <summary>
/// Runs a mutation in one transaction. With an idempotency key, the key is claimed first (a concurrent
/// retry waits on it), the outcome is stored with it, and a later retry gets the stored outcome without
/// running again; a business refusal rolls back the work but keeps the key and its outcome.
/// </summary>
public sealed class IdempotentTransaction<TOutcome>(NpgsqlDataSource dataSource)
    where TOutcome : class, IIdempotentOutcome<TOutcome>
{
    public async Task<TOutcome> RunAsync(
        Viewer viewer, IdempotencyRequest? idempotency, Func<NpgsqlTransaction, Task<TOutcome>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (idempotency is not null)
        {
            var previous = await ClaimAsync(transaction, viewer, idempotency, cancellationToken);
            if (previous is not null)
            {
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
                return outcome;
            }

            await transaction.RollbackAsync("work", cancellationToken);
        }

        if (idempotency is not null)
        {
            await transaction.ExecuteAsync("UPDATE idempotency_keys SET result = $3 WHERE account_id = $1 AND key = $2",
                cancellationToken, viewer.AccountId, idempotency.Key, TOutcome.Store(outcome));
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static async Task<TOutcome?> ClaimAsync(
        NpgsqlTransaction transaction, Viewer viewer, IdempotencyRequest idempotency, CancellationToken cancellationToken)
    {
        var claimed = await transaction.ExecuteAsync(
            "INSERT INTO idempotency_keys (account_id, key, operation, input_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            cancellationToken, viewer.AccountId, idempotency.Key, idempotency.Operation, idempotency.InputHash);
        if (claimed == 1)
        {
            return null;
        }

        await using var command = transaction.Command(
            "SELECT operation, input_hash, result FROM idempotency_keys WHERE account_id = $1 AND key = $2", viewer.AccountId, idempotency.Key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var sameInput = reader.GetString(0) == idempotency.Operation && reader.GetString(1) == idempotency.InputHash;
        return sameInput && !reader.IsDBNull(2)
            ? TOutcome.Restore(reader.GetString(2))
            : TOutcome.KeyReused(new IdempotencyKeyReusedError(
                "This idempotency key was already used with a different input. Use a new key for a new request."));
    }
}

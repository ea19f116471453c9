using Npgsql;
using Stage.Api.Applications;
using Stage.Api.Data.Sql;
using Stage.Api.GraphQL.Mutations;
using Stage.Api.Identity;

namespace Stage.Api.Schools.PreRegistration;

/// <summary>
/// Runs a pre-registration in one transaction, with the idempotency rules of
/// <see cref="IdempotentTransaction"/> (same <c>idempotency_keys</c> table): the key is claimed first (a
/// concurrent retry waits on it), the outcome is stored with it and a retry gets it back without running
/// again; a refusal writes no pupil but keeps the key and its outcome.
/// </summary>
public sealed class PreRegistrationTransaction(NpgsqlDataSource dataSource)
{
    public async Task<PreRegistrationOutcome> RunAsync(
        Viewer viewer, IdempotencyRequest? idempotency, Func<NpgsqlTransaction, Task<PreRegistrationOutcome>> work, CancellationToken cancellationToken)
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
                cancellationToken, viewer.AccountId, idempotency.Key, PreRegistrationOutcomeJson.Write(outcome));
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static async Task<PreRegistrationOutcome?> ClaimAsync(
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
            ? PreRegistrationOutcomeJson.Read(reader.GetString(2))
            : PreRegistrationOutcome.Refused(new IdempotencyKeyReusedError(
                "This idempotency key was already used with a different input. Use a new key for a new request."));
    }
}

using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements;

/// <summary>
/// Runs one change to an agreement in one transaction: lock the agreement, check that the viewer is one
/// of its parties (a missing agreement and someone else's look the same), then let the step act.
/// </summary>
public sealed class AgreementWorkflow(IdempotentTransaction<AgreementOutcome> transactions, TimeProvider clock)
{
    public const string NotVisibleMessage = "This agreement does not exist or is not yours to see.";

    public Task<AgreementOutcome> RunAsync(
        Viewer viewer, long agreementId, IdempotencyRequest? idempotency, Func<AgreementStep, Task<AgreementOutcome>> step,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(viewer.AccountId, idempotency, async transaction =>
        {
            var agreement = await LockAsync(transaction, "ag.id = $1", agreementId, cancellationToken);
            if (agreement is null || !viewer.Party.CanSee(agreement.Owners))
            {
                throw new ForbiddenError(NotVisibleMessage);
            }

            return await step(new AgreementStep(transaction, agreement, viewer, clock.GetUtcNow(), cancellationToken));
        }, cancellationToken);

    /// <summary>Locks the agreement matching <paramref name="condition"/> (on <c>agreements ag</c>, with $1), with its parties.</summary>
    public static async Task<AgreementRow?> LockAsync(NpgsqlTransaction transaction, string condition, object key, CancellationToken cancellationToken)
    {
        await using var command = transaction.Command(
            "SELECT ag.id, ag.application_id, ag.status, a.pupil_id, p.school_id, o.employer_id, o.operator_id " +
            "FROM agreements ag JOIN applications a ON a.id = ag.application_id JOIN offers o ON o.id = a.offer_id " +
            $"JOIN pupils p ON p.id = a.pupil_id WHERE {condition} FOR UPDATE OF ag",
            key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var owners = new PartyIds(reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetInt64(6));
        return new AgreementRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<AgreementStatus>(2), owners);
    }
}

using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications;

/// <summary>
/// Moves applications through their life cycle, one transaction per change: the status, its event
/// and its effects on seats and on the pupil's other applications commit together or not at all.
/// </summary>
public sealed class ApplicationWorkflow(
    IdempotentTransaction<MutationOutcome> transactions, TimeProvider clock, IEnumerable<IConfirmationFollowUp> followUps)
{
    public Task<MutationOutcome> ChangeAsync(
        Viewer viewer, long applicationId, ApplicationAction action, string? message, IdempotencyRequest? idempotency,
        CancellationToken cancellationToken) =>
        transactions.RunAsync(viewer.AccountId, idempotency, async transaction =>
        {
            var now = clock.GetUtcNow();
            var pupilId = await transaction.ScalarAsync<long?>("SELECT pupil_id FROM applications WHERE id = $1", cancellationToken, applicationId)
                ?? throw NotVisible();
            if (action == ApplicationAction.Confirm)
            {
                // One pupil's confirmations run one at a time: the check for overlapping weeks then holds.
                await transaction.ExecuteAsync("SELECT 1 FROM pupils WHERE id = $1 FOR UPDATE", cancellationToken, pupilId);
            }

            var (status, offerId, owners) = await LockAsync(transaction, applicationId, cancellationToken);
            if (!viewer.Party.CanSee(owners))
            {
                throw NotVisible();
            }

            var (from, to, by) = ApplicationTransitions.Of(action);
            if (!ApplicationAccess.CanAct(viewer, owners, by))
            {
                throw new ForbiddenError($"Only the {(by == ApplicationActor.Pupil ? "pupil" : "host")} may do this to an application.");
            }

            if (!from.Contains(status))
            {
                return MutationOutcome.Refused(new InvalidTransitionError(
                    $"The application is {status}; this change is only possible from {string.Join(" or ", from)}.", status), applicationId);
            }

            if (action == ApplicationAction.Confirm)
            {
                var refusal = await ConfirmationEffects.ApplyAsync(transaction, viewer, applicationId, pupilId, offerId, now, cancellationToken);
                if (refusal is not null)
                {
                    return MutationOutcome.Refused(refusal, applicationId);
                }

                foreach (var followUp in followUps)
                {
                    await followUp.ConfirmedAsync(transaction, applicationId, viewer, now, cancellationToken);
                }
            }
            else if (status == ApplicationStatus.Confirmed)
            {
                await transaction.ExecuteAsync(
                    "UPDATE offers SET seats_taken = seats_taken - 1 WHERE id = $1 AND seats_taken > 0", cancellationToken, offerId);
                foreach (var followUp in followUps)
                {
                    await followUp.UnconfirmedAsync(transaction, applicationId, to, viewer, now, cancellationToken);
                }
            }

            if (message is not null)
            {
                await transaction.ExecuteAsync("UPDATE applications SET employer_message = $2 WHERE id = $1", cancellationToken, applicationId, message);
            }

            await ApplicationEventLog.ChangeStatusAsync(transaction, applicationId, status, to, viewer, message, now, cancellationToken);
            return MutationOutcome.Done(applicationId);
        }, cancellationToken);

    private static async Task<(ApplicationStatus Status, long OfferId, PartyIds Owners)> LockAsync(
        NpgsqlTransaction transaction, long applicationId, CancellationToken cancellationToken)
    {
        await using var command = transaction.Command(
            "SELECT a.status, a.offer_id, a.pupil_id, p.school_id, o.employer_id, o.operator_id " +
            "FROM applications a JOIN offers o ON o.id = a.offer_id JOIN pupils p ON p.id = a.pupil_id WHERE a.id = $1 FOR UPDATE OF a",
            applicationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var owners = new PartyIds(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetInt64(5));
        return (reader.GetFieldValue<ApplicationStatus>(0), reader.GetInt64(1), owners);
    }

    private static ForbiddenError NotVisible() =>
        new("This application does not exist or is not yours to see.");
}

/// <summary>
/// What another feature does, in the status change's transaction, when an application is confirmed or leaves
/// the confirmed status: Agreements creates the agreement, then deletes it. Applications knows nothing more of it.
/// </summary>
public interface IConfirmationFollowUp
{
    Task ConfirmedAsync(NpgsqlTransaction transaction, long applicationId, Viewer author, DateTimeOffset at, CancellationToken cancellationToken);

    Task UnconfirmedAsync(
        NpgsqlTransaction transaction, long applicationId, ApplicationStatus to, Viewer author, DateTimeOffset at, CancellationToken cancellationToken);
}

using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Mutations;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications;

/// <summary>
/// What confirming does besides the status: refuse a second internship on overlapping weeks, take a
/// seat with one conditional UPDATE, withdraw the pupil's other pending applications on those weeks.
/// </summary>
public static class ConfirmationEffects
{
    public static async Task<IBusinessError?> ApplyAsync(
        NpgsqlTransaction transaction, Viewer pupil, long applicationId, long pupilId, long offerId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var conflict = await transaction.ScalarAsync<long?>(
            "SELECT other.id FROM applications other, applications this WHERE this.id = $1 AND other.pupil_id = $2 " +
            "AND other.id <> this.id AND other.status = 'confirmed' AND other.period && this.period LIMIT 1",
            cancellationToken, applicationId, pupilId);
        if (conflict is not null)
        {
            return new PeriodConflictError("L'élève a déjà accepté un stage sur cette période. (The pupil already has a confirmed internship on these weeks.)");
        }

        var seatTaken = await transaction.ExecuteAsync(
            "UPDATE offers SET seats_taken = seats_taken + 1 WHERE id = $1 AND seats_taken < seats", cancellationToken, offerId);
        if (seatTaken == 0)
        {
            return new NoSeatsLeftError("Le nombre de places maximum pour ce stage a déjà été atteint. (No seat is left on this offer.)");
        }

        await using var command = transaction.Command(
            "SELECT other.id, other.status FROM applications other, applications this WHERE this.id = $1 AND other.pupil_id = $2 " +
            "AND other.id <> this.id AND other.status IN ('submitted', 'read', 'accepted_by_employer') AND other.period && this.period " +
            "ORDER BY other.id FOR UPDATE OF other",
            applicationId, pupilId);
        var others = new List<(long Id, ApplicationStatus Status)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                others.Add((reader.GetInt64(0), reader.GetFieldValue<ApplicationStatus>(1)));
            }
        }

        foreach (var (id, status) in others)
        {
            await ApplicationEventLog.ChangeStatusAsync(transaction, id, status, ApplicationStatus.Withdrawn, pupil,
                "Withdrawn on confirming another internship on the same weeks.", now, cancellationToken);
        }

        return null;
    }
}

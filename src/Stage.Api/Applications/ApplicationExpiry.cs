using Npgsql;

namespace Stage.Api.Applications;

/// <summary>
/// Expires applications left pending for 15 days: SUBMITTED or READ 15 days after submission without
/// an answer, ACCEPTED_BY_EMPLOYER 15 days after acceptance without the pupil's confirmation. Each
/// expiry is recorded as an event by the system.
/// </summary>
public sealed class ApplicationExpiry(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public static readonly TimeSpan AnswerDelay = TimeSpan.FromDays(15);
    private const int BatchSize = 1000;

    /// <summary>Expires everything due now, in batches; returns how many applications expired.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var total = 0;
        int expired;
        do
        {
            await using var command = dataSource.CreateCommand("""
                WITH due AS (
                    SELECT id, status FROM applications
                    WHERE (status IN ('submitted', 'read') AND submitted_at <= $1)
                       OR (status = 'accepted_by_employer' AND status_changed_at <= $1)
                    ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED),
                changed AS (
                    UPDATE applications a SET status = 'expired', status_changed_at = $2
                    FROM due WHERE a.id = due.id RETURNING a.id, due.status AS previous)
                INSERT INTO application_events (application_id, from_status, to_status, occurred_at, note)
                SELECT id, previous, 'expired', $2, 'No answer within 15 days.' FROM changed
                """);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now - AnswerDelay });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BatchSize });
            expired = await command.ExecuteNonQueryAsync(cancellationToken);
            total += expired;
        }
        while (expired == BatchSize);

        return total;
    }
}

using Stage.Api.Applications;
using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements;

/// <summary>
/// Birth and death of agreements, driven by the application workflow in its transaction: confirming
/// creates the agreement pre-filled from the pupil, the offer and the application; withdrawing or
/// cancelling deletes it (its signatures go with it, its history stays).
/// </summary>
public static class AgreementLifecycle
{
    private const string CreateSql = """
        INSERT INTO agreements (application_id, pupil_id, status, pupil_first_name, pupil_last_name, pupil_birth_date,
            pupil_class_name, grade, school_name, school_address, host_name, host_siret, host_address, offer_title,
            start_date, end_date, weeks, activity_description, created_at, status_changed_at)
        SELECT a.id, p.id, 'draft', p.first_name, p.last_name, p.birth_date, p.class_name, p.grade, s.name,
            concat_ws(', ', s.street, s.postal_code || ' ' || s.city), e.name, e.siret,
            concat_ws(', ', o.street, concat_ws(' ', o.postal_code, o.city), NULLIF(o.country_code, 'FR')), o.title,
            lower(a.period), upper(a.period) - 1, a.weeks, left(o.description, 1500), $2, $2
        FROM applications a JOIN pupils p ON p.id = a.pupil_id JOIN schools s ON s.id = p.school_id
            JOIN offers o ON o.id = a.offer_id JOIN employers e ON e.id = o.employer_id
        WHERE a.id = $1
        RETURNING id
        """;

    public static async Task CreateAsync(
        NpgsqlTransaction transaction, long applicationId, Viewer author, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = await transaction.ScalarAsync<long>(CreateSql, cancellationToken, applicationId, at);
        await AgreementEventLog.AppendAsync(transaction, id, applicationId, null, AgreementStatus.Draft, author,
            "Created on confirmation of the application, pre-filled from the pupil, the offer and the application.", at, cancellationToken);
    }

    public static async Task DeleteAsync(
        NpgsqlTransaction transaction, long applicationId, Viewer author, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = transaction.Command("DELETE FROM agreements WHERE application_id = $1 RETURNING id, status", applicationId);
        long id;
        AgreementStatus status;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return;
            }

            (id, status) = (reader.GetInt64(0), reader.GetFieldValue<AgreementStatus>(1));
        }

        await AgreementEventLog.AppendAsync(transaction, id, applicationId, status, null, author, reason, at, cancellationToken);
    }
}

/// <summary>Confirming an application creates its agreement; withdrawing or cancelling it deletes the agreement (its history stays).</summary>
public sealed class AgreementOnConfirmation : IConfirmationFollowUp
{
    public Task ConfirmedAsync(NpgsqlTransaction transaction, long applicationId, Viewer author, DateTimeOffset at, CancellationToken cancellationToken) =>
        AgreementLifecycle.CreateAsync(transaction, applicationId, author, at, cancellationToken);

    public Task UnconfirmedAsync(
        NpgsqlTransaction transaction, long applicationId, ApplicationStatus to, Viewer author, DateTimeOffset at, CancellationToken cancellationToken) =>
        AgreementLifecycle.DeleteAsync(transaction, applicationId, author, $"Deleted: the application became {to}.", at, cancellationToken);
}

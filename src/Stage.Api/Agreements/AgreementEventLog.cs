using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements;

/// <summary>Appends agreement changes to agreement_events, in the caller's transaction.</summary>
public static class AgreementEventLog
{
    public static Task AppendAsync(
        NpgsqlTransaction transaction, long agreementId, long applicationId, AgreementStatus? from, AgreementStatus? to,
        Viewer? author, string? note, DateTimeOffset at, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            "INSERT INTO agreement_events (agreement_id, application_id, from_status, to_status, author_account_id, author_role, note, occurred_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            cancellationToken, agreementId, applicationId, from, to, author?.AccountId, author?.Kind, note, at);

    /// <summary>Changes one agreement's status and records it.</summary>
    public static async Task ChangeStatusAsync(
        NpgsqlTransaction transaction, AgreementRow agreement, AgreementStatus to, Viewer? author, string? note, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await transaction.ExecuteAsync(
            "UPDATE agreements SET status = $2, status_changed_at = $3 WHERE id = $1", cancellationToken, agreement.Id, to, at);
        await AppendAsync(transaction, agreement.Id, agreement.ApplicationId, agreement.Status, to, author, note, at, cancellationToken);
    }
}

using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications;

/// <summary>Appends status changes to application_events, in the caller's transaction.</summary>
public static class ApplicationEventLog
{
    public static Task AppendAsync(
        NpgsqlTransaction transaction, long applicationId, ApplicationStatus? from, ApplicationStatus to,
        Viewer? author, string? note, DateTimeOffset at, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            "INSERT INTO application_events (application_id, from_status, to_status, author_account_id, author_role, note, occurred_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7)",
            cancellationToken, applicationId, from, to, author?.AccountId, author?.Kind, note, at);

    /// <summary>Changes one application's status and records it.</summary>
    public static async Task ChangeStatusAsync(
        NpgsqlTransaction transaction, long applicationId, ApplicationStatus from, ApplicationStatus to,
        Viewer? author, string? note, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await transaction.ExecuteAsync(
            "UPDATE applications SET status = $2, status_changed_at = $3 WHERE id = $1", cancellationToken, applicationId, to, at);
        await AppendAsync(transaction, applicationId, from, to, author, note, at, cancellationToken);
    }
}

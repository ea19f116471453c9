using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications;

/// <summary>
/// One status change of an application, appended in the same transaction as the change: the audit
/// trail, and the outbox from which real-time subscribers are served.
/// </summary>
public sealed class ApplicationEvent
{
    public long Id { get; set; }

    /// <summary>
    /// The event's place in commit order among all events, set when its transaction commits (see
    /// EventsSql); null only while the transaction is still open.
    /// </summary>
    public long? Position { get; set; }

    public long ApplicationId { get; set; }
    public ApplicationStatus? FromStatus { get; set; }
    public ApplicationStatus ToStatus { get; set; }

    /// <summary>The account that made the change; null when the system did (expiry).</summary>
    public long? AuthorAccountId { get; set; }

    /// <summary>The author's role at the time; null for the system.</summary>
    public AccountKind? AuthorRole { get; set; }

    public string? Note { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
}

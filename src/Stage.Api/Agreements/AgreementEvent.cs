using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements;

/// <summary>
/// One change of an agreement, appended in the same transaction as the change. It outlives the agreement
/// (no foreign key to it): a deletion is itself an event, whose <see cref="ToStatus"/> is null.
/// </summary>
public sealed class AgreementEvent
{
    public long Id { get; set; }

    /// <summary>The event's place in commit order among all events, set when its transaction commits (see EventPositionsSql).</summary>
    public long? Position { get; set; }

    public long AgreementId { get; set; }
    public long ApplicationId { get; set; }

    /// <summary>Null for the creation.</summary>
    public AgreementStatus? FromStatus { get; set; }

    /// <summary>Null for the deletion.</summary>
    public AgreementStatus? ToStatus { get; set; }

    /// <summary>The account that made the change; null when the system or a signing link did.</summary>
    public long? AuthorAccountId { get; set; }

    public AccountKind? AuthorRole { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
}

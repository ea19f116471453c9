using Stage.Api.Events;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications.Subscriptions;

/// <summary>One committed status change of an application, as subscribers receive it.</summary>
public sealed record ApplicationStatusChange(
    long Position,
    long ApplicationId,
    ApplicationStatus? From,
    ApplicationStatus To,
    AccountKind? AuthorRole,
    DateTimeOffset OccurredAt,
    PartyIds Owners) : IPartyEvent
{
    public long SubjectId => ApplicationId;
}

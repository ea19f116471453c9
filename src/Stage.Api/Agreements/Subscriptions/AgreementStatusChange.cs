using Stage.Api.Events;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements.Subscriptions;

/// <summary>One committed change of an agreement (creation, step, signature, reopening, deletion), as subscribers receive it.</summary>
public sealed record AgreementStatusChange(
    long Position,
    long AgreementId,
    long ApplicationId,
    AgreementStatus? From,
    AgreementStatus? To,
    AccountKind? AuthorRole,
    string? Note,
    DateTimeOffset OccurredAt,
    PartyIds Owners) : IPartyEvent
{
    public long SubjectId => AgreementId;
}

using Stage.Api.Kit.Parties;

namespace Stage.Api.Agreements;

/// <summary>A locked agreement, as the workflow needs it: its status and its parties.</summary>
public sealed record AgreementRow(long Id, long ApplicationId, AgreementStatus Status, PartyIds Owners);

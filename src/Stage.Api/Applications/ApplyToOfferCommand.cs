namespace Stage.Api.Applications;

/// <summary>A pupil's application as sent: the offer, the chosen ISO weeks ("2026-W25"), the motivation.</summary>
public sealed record ApplyToOfferCommand(long OfferId, IReadOnlyList<string> Weeks, string Motivation);

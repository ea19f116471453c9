namespace Stage.Api.Offers.Management;

/// <summary>One offer row to insert or update: validated fields, employer, remote id and status.</summary>
public sealed record OfferWrite(ValidOffer Offer, long EmployerId, string? RemoteId, OfferStatus Status);

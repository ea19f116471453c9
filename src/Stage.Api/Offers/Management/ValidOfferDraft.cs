namespace Stage.Api.Offers.Management;

/// <summary>An <see cref="OfferDraft"/> whose every rule holds.</summary>
public sealed record ValidOfferDraft(ValidOffer Offer, ValidEmployerReference Employer, string? RemoteId, bool? Publish);

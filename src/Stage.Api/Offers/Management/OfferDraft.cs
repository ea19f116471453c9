namespace Stage.Api.Offers.Management;

/// <summary>
/// Everything a client gives to create (or upsert) an offer: its fields, its employer (operators),
/// its remote id (operators) and whether to publish it (null: new offers stay unpublished, existing keep their status).
/// </summary>
public sealed record OfferDraft(OfferFields Fields, EmployerReference Employer, string? RemoteId, bool? Publish);

namespace Stage.Api.Offers.Management;

/// <summary>An operator's offer already stored under a remote id of a bulk upsert, locked for it.</summary>
public sealed record ExistingRemoteOffer(long Id, OfferStatus Status, int SeatsTaken);

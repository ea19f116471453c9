namespace Stage.Api.Offers.Management;

/// <summary>An offer as it stands, read (and locked) before a change: its owners, status, seats taken and fields.</summary>
public sealed record CurrentOffer(long Id, long EmployerId, long? OperatorId, OfferStatus Status, int SeatsTaken, OfferFields Fields);

using Stage.Api.Events;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// An offer's seats and status after a committed change. Its position is only this instance's
/// delivery order: seat changes are not stored, so they are not replayed.
/// </summary>
public sealed record OfferSeatsChange(long Position, long OfferId, int Seats, int RemainingSeats, OfferStatus Status) : IPositioned;

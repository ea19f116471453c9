using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>
/// The offer's owner changes some of its fields; the others keep their values. The offer is validated
/// as it will stand, so every rule holds after the change, and its seats stay at or above those taken. Its
/// reservation changes only when <c>reservedToSchools</c> is given (an empty list opens it to all).
/// </summary>
public sealed class UpdateOffer(IdempotentTransaction<OfferOutcome> transactions, SchoolCalendar calendar)
{
    public Task<OfferOutcome> RunAsync(Viewer viewer, long offerId, OfferInput changes, CancellationToken cancellationToken)
    {
        OfferAccess.RequirePublisher(viewer);
        return transactions.RunAsync(viewer.AccountId, null, async transaction =>
        {
            var current = await CurrentOfferSql.LockOwnedAsync(transaction, viewer, offerId, cancellationToken);
            if (current.Status == OfferStatus.Removed)
            {
                return OfferOutcome.Refused(new OfferRemovedError("This offer was removed: it can no longer be changed."), offerId);
            }

            var errors = new FieldErrors();
            var valid = OfferValidator.Validate(changes.Overlay(current.Fields), calendar, errors, current.SeatsTaken);
            if (valid is not null && changes.Has(nameof(OfferInput.Weeks)))
            {
                OfferPeriodRules.RequireWeekToCome(valid.Weeks, calendar, errors);
            }

            var reservedUais = OfferReservation.Check(changes.ReservedToSchools, errors);
            if (valid is null || !errors.IsEmpty)
            {
                return OfferOutcome.Refused(errors.All, offerId);
            }

            var (reserved, unknownSchool) = await OfferReservation.ResolveAsync(transaction, reservedUais, errors, cancellationToken);
            if (unknownSchool)
            {
                return OfferOutcome.Refused(errors.All, offerId);
            }

            await OfferRowsSql.UpdateOneAsync(transaction, offerId, valid, reserved, cancellationToken);
            return OfferOutcome.Done(offerId);
        }, cancellationToken);
    }
}

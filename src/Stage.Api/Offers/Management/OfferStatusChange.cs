using Stage.Api.Data.Sql;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>
/// Publishes, unpublishes or removes an offer (removal is soft: status REMOVED, final). Asking for the
/// status the offer already has changes nothing and is no error. An offer with confirmed internships
/// cannot be removed.
/// </summary>
public sealed class OfferStatusChange(IdempotentTransaction<OfferOutcome> transactions)
{
    public Task<OfferOutcome> RunAsync(Viewer viewer, long offerId, OfferStatusAction action, CancellationToken cancellationToken)
    {
        OfferAccess.RequirePublisher(viewer);
        return transactions.RunAsync(viewer.AccountId, null, async transaction =>
        {
            var current = await CurrentOfferSql.LockOwnedAsync(transaction, viewer, offerId, cancellationToken);
            if (current.Status == OfferStatus.Removed)
            {
                return action == OfferStatusAction.Remove
                    ? OfferOutcome.Done(offerId)
                    : OfferOutcome.Refused(new OfferRemovedError("This offer was removed: it can no longer be published or unpublished."), offerId);
            }

            if (action == OfferStatusAction.Remove && current.SeatsTaken > 0)
            {
                return OfferOutcome.Refused(new OfferHasInternshipsError(
                    $"Confirmed internships take {current.SeatsTaken} of this offer's seats: cancel them before removing it.", current.SeatsTaken), offerId);
            }

            var status = action switch
            {
                OfferStatusAction.Publish => OfferStatus.Published,
                OfferStatusAction.Unpublish => OfferStatus.Unpublished,
                _ => OfferStatus.Removed,
            };
            if (status != current.Status)
            {
                await transaction.ExecuteAsync("UPDATE offers SET status = $2 WHERE id = $1", cancellationToken, offerId, status);
            }

            return OfferOutcome.Done(offerId);
        }, cancellationToken);
    }
}

/// <summary>The status changes a publisher makes to an offer.</summary>
public enum OfferStatusAction
{
    Publish,
    Unpublish,
    Remove,
}

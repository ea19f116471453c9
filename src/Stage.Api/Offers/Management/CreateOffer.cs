using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>
/// An employer member creates an offer for their employer, or an operator for one of its employers
/// (by id) or for an employer it describes, possibly reserved to schools. New offers are unpublished unless <c>publish</c> is true.
/// </summary>
public sealed class CreateOffer(IdempotentTransaction<OfferOutcome> transactions, SchoolCalendar calendar)
{
    public Task<OfferOutcome> RunAsync(Viewer viewer, OfferDraft draft, IdempotencyRequest? idempotency, CancellationToken cancellationToken)
    {
        OfferAccess.RequirePublisher(viewer);
        var errors = new FieldErrors();
        var valid = OfferDraftValidator.Validate(viewer.Kind, draft, calendar, errors);
        if (valid is not null)
        {
            OfferPeriodRules.RequireWeekToCome(valid.Offer.Weeks, calendar, errors);
        }

        if (valid is null || !errors.IsEmpty)
        {
            return Task.FromResult(OfferOutcome.Refused(errors.All));
        }

        return transactions.RunAsync(viewer.AccountId, idempotency, async transaction =>
        {
            var employerId = viewer.OperatorId is { } operatorId
                ? (await OperatorEmployers.ResolveAsync(transaction, operatorId, [valid.Employer], cancellationToken))[0]
                : viewer.EmployerId;
            if (employerId is null)
            {
                return OfferOutcome.Refused(new InvalidFieldError("employerId",
                    "Not one of your employers (the employers of your offers): give newEmployer to create one."));
            }

            var (reserved, unknownSchool) = await OfferReservation.ResolveAsync(transaction, valid.ReservedUais, errors, cancellationToken);
            if (unknownSchool)
            {
                return OfferOutcome.Refused(errors.All);
            }

            var status = valid.Publish == true ? OfferStatus.Published : OfferStatus.Unpublished;
            var written = await OfferRowsSql.InsertAsync(transaction, viewer.OperatorId,
                [new OfferWrite(valid.Offer, employerId.Value, valid.RemoteId, status, reserved)], updateExisting: false, cancellationToken);
            return written.Count == 1
                ? OfferOutcome.Done(written[0].Id)
                : OfferOutcome.Refused(new InvalidFieldError("remoteId",
                    "You already have an offer with this remote id: change it with updateOffer or upsertOffers."));
        }, cancellationToken);
    }
}

using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>
/// An operator publishes its offers in bulk, each identified by its remote id: unknown remote ids are
/// created, known ones updated. All or nothing: when any item breaks a rule, nothing is written and
/// every item's errors are answered. A few statements whatever the batch size (see <see cref="OfferRowsSql"/>).
/// </summary>
public sealed class UpsertOffers(IdempotentTransaction<OfferOutcome> transactions, SchoolCalendar calendar)
{
    public const int MaxItems = 500;

    public Task<OfferOutcome> RunAsync(Viewer viewer, IReadOnlyList<OfferDraft> items, IdempotencyRequest? idempotency, CancellationToken cancellationToken)
    {
        if (viewer is not { Kind: AccountKind.Operator, OperatorId: { } operatorId })
        {
            throw new ForbiddenError("Only operators upsert offers in bulk; employer members use createOffer and updateOffer.");
        }

        if (items.Count > MaxItems)
        {
            return Task.FromResult(OfferOutcome.Refused(new InvalidFieldError("offers",
                $"At most {MaxItems} offers per call (got {items.Count}): split them into several calls.")));
        }

        var errors = new List<IBusinessError>();
        var valid = new ValidOfferDraft[items.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var itemErrors = new FieldErrors($"offers[{i}]");
            valid[i] = OfferDraftValidator.Validate(AccountKind.Operator, items[i], calendar, itemErrors, remoteIdRequired: true)!;
            var remoteId = items[i].RemoteId?.Trim();
            if (remoteId is not null && !seen.TryAdd(remoteId, i))
            {
                itemErrors.Add("remoteId", $"Item {seen[remoteId]} has the same remote id: each offer appears once per call.");
            }

            errors.AddRange(itemErrors.All.Select(e => new UpsertOfferItemError(i, items[i].RemoteId, e.Field, e.Message)));
        }

        if (errors.Count > 0)
        {
            return Task.FromResult(OfferOutcome.Refused(errors));
        }

        return transactions.RunAsync(viewer.AccountId, idempotency,
            transaction => UpsertBatch.WriteAsync(transaction, operatorId, valid, cancellationToken), cancellationToken);
    }
}

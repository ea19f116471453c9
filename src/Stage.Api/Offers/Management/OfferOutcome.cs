using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management;

/// <summary>
/// What an offer mutation did: the offers it concerns (in input order), or the rules that refused it; and those offers
/// as its transaction left them (read before the commit, never stored with an idempotency key).
/// </summary>
public sealed record OfferOutcome(
    IReadOnlyList<long> OfferIds, IReadOnlyList<IBusinessError>? Errors, UpsertCounts? Counts = null,
    [property: JsonIgnore] IReadOnlyList<Offer>? Offers = null)
    : IIdempotentOutcome<OfferOutcome>
{
    public bool IsRefused => Errors is not null;

    public static OfferOutcome KeyReused(IdempotencyKeyReusedError error) => Refused(error);

    public static OfferOutcome Done(long offerId) => new([offerId], null);

    public static OfferOutcome Refused(IBusinessError error, long? offerId = null) => Refused([error], offerId);

    public static OfferOutcome Refused(IReadOnlyList<IBusinessError> errors, long? offerId = null) =>
        new(offerId is { } id ? [id] : [], errors);
}

/// <summary>What a bulk upsert did: offers created, offers changed, offers given again without a change.</summary>
public sealed record UpsertCounts(int Created, int Updated, int Unchanged);

/// <summary>The offers an outcome names, with their employers, whatever their status (the viewer owns them), in its order.</summary>
public sealed class OfferSnapshot : IOutcomeSnapshot<OfferOutcome>
{
    public async Task<OfferOutcome> TakeAsync(StageDbContext db, OfferOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.OfferIds.Count == 0)
        {
            return outcome with { Offers = [] };
        }

        var ids = outcome.OfferIds;
        var offers = await db.Offers.AsNoTracking().Include(o => o.Employer)
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        return outcome with { Offers = [.. ids.Select(id => offers[id])] };
    }
}

using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management;

/// <summary>What an offer mutation did: the offers it concerns (in input order), or the rules that refused it.</summary>
public sealed record OfferOutcome(IReadOnlyList<long> OfferIds, IReadOnlyList<IBusinessError>? Errors, UpsertCounts? Counts = null)
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

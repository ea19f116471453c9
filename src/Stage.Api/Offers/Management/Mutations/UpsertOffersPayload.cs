using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>The answer of a bulk upsert: the offers in input order with the counts, or the refusals.</summary>
public sealed record UpsertOffersPayload(IReadOnlyList<Offer>? Offers, UpsertCounts? Counts, IReadOnlyList<IBusinessError>? Errors);

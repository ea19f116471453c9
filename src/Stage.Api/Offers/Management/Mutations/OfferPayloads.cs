using GraphQL;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers.Management.Mutations;

/// <summary>Loads the offers an outcome names, with their employers, whatever their status (the viewer owns them).</summary>
public static class OfferPayloads
{
    public static async Task<OfferPayload> LoadAsync(IResolveFieldContext context, OfferOutcome outcome)
    {
        var offers = await OffersAsync(context, outcome.OfferIds);
        return new OfferPayload(offers.Count > 0 ? offers[0] : null, outcome.Errors);
    }

    public static async Task<UpsertOffersPayload> LoadUpsertAsync(IResolveFieldContext context, OfferOutcome outcome) =>
        outcome.Errors is null
            ? new UpsertOffersPayload(await OffersAsync(context, outcome.OfferIds), outcome.Counts, null)
            : new UpsertOffersPayload(null, null, outcome.Errors);

    private static async Task<IReadOnlyList<Offer>> OffersAsync(IResolveFieldContext context, IReadOnlyList<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var db = await context.OpenDbAsync();
        var offers = await db.Offers.AsNoTracking().Include(o => o.Employer)
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, context.CancellationToken);
        return [.. ids.Select(id => offers[id])];
    }
}

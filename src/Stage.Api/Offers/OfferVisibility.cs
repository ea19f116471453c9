namespace Stage.Api.Offers;

public static class OfferVisibility
{
    /// <summary>
    /// Offers anyone may read by id: published ones, and those waiting for an update (e.g. full).
    /// Unpublished and removed offers are their publishers' business only.
    /// </summary>
    public static IQueryable<Offer> VisibleToPublic(this IQueryable<Offer> offers) =>
        offers.Where(o => o.Status == OfferStatus.Published || o.Status == OfferStatus.NeedToBeUpdated);
}

using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers;

public static class OfferVisibility
{
    /// <summary>
    /// Offers anyone may read by id: published ones, and those waiting for an update (e.g. full).
    /// Unpublished and removed offers are their publishers' business only.
    /// </summary>
    public static IQueryable<Offer> VisibleToPublic(this IQueryable<Offer> offers) =>
        offers.Where(o => o.Status == OfferStatus.Published || o.Status == OfferStatus.NeedToBeUpdated);

    /// <summary>
    /// The public offers this viewer may read: an offer reserved to a school exists only for that school's pupils and
    /// staff, its host, its operator and administrators; for anyone else it is as if it did not exist.
    /// </summary>
    public static IQueryable<Offer> VisibleTo(this IQueryable<Offer> offers, Viewer? viewer)
    {
        var publicOffers = offers.VisibleToPublic();
        if (viewer?.Kind == AccountKind.Admin)
        {
            return publicOffers;
        }

        // -1 matches no row: an offer without an operator must not match a viewer without one (null == null in LINQ).
        var (school, employer, @operator) = (viewer?.SchoolId ?? -1, viewer?.EmployerId ?? -1, viewer?.OperatorId ?? -1);
        return publicOffers.Where(o => o.ReservedSchoolId == null || o.ReservedSchoolId == school
            || o.EmployerId == employer || o.OperatorId == @operator);
    }
}

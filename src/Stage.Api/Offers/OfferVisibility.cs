using Stage.Api.Data.Sql;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Rules;

namespace Stage.Api.Offers;

/// <summary>
/// Who may see an offer. An offer reserved to schools exists only for the pupils and staff of one of those schools,
/// its host's members, its operator and administrators; for anyone else (anonymous callers, API keys, other schools,
/// other employers) it is as if it did not exist. The rule is written once (<see cref="Rule"/>) and used in memory
/// (<see cref="CanSee"/>), in EF queries (<see cref="VisibleTo"/>) and in the search's SQL (<see cref="Sql"/>).
/// </summary>
public static class OfferVisibility
{
    public const int MaxReservedSchools = 50;

    private static readonly RowRule<Offer, OfferCaller> Rule = new((offer, caller) =>
        caller.IsAdministrator
        || offer.ReservedSchoolIds.Length == 0
        || (caller.SchoolId != null && Enumerable.Contains(offer.ReservedSchoolIds, caller.SchoolId.Value))
        || (caller.EmployerId != null && offer.EmployerId == caller.EmployerId.Value)
        || (caller.OperatorId != null && offer.OperatorId == caller.OperatorId.Value));

    /// <summary>
    /// Whether <paramref name="viewer"/> (null: an anonymous caller) may see <paramref name="offer"/> as far as its
    /// reservation goes; its status is the caller's business (searches show published offers only).
    /// </summary>
    public static bool CanSee(this Viewer? viewer, Offer offer) => Rule.Allows(OfferCaller.Of(viewer), offer);

    /// <summary>
    /// Offers anyone may read by id: published ones, and those waiting for an update (e.g. full).
    /// Unpublished and removed offers are their publishers' business only.
    /// </summary>
    public static IQueryable<Offer> VisibleToPublic(this IQueryable<Offer> offers) =>
        offers.Where(o => o.Status == OfferStatus.Published || o.Status == OfferStatus.NeedToBeUpdated);

    /// <summary>The public offers <paramref name="viewer"/> may read (see <see cref="CanSee"/>).</summary>
    public static IQueryable<Offer> VisibleTo(this IQueryable<Offer> offers, Viewer? viewer) =>
        Rule.Filter(offers.VisibleToPublic(), OfferCaller.Of(viewer));

    /// <summary>The rule as an SQL condition on the offers aliased <c>o</c>; null when the caller sees every offer.</summary>
    public static string? Sql(OfferCaller caller, SqlParameters parameters) => Rule.Sql(caller, "o", parameters);
}

/// <summary>
/// What the visibility rule knows of a caller: whether an administrator, their school (pupils and staff), their
/// employer (its members) and their operator; an anonymous caller or a bare API key has none of them.
/// </summary>
public sealed record OfferCaller(bool IsAdministrator, long? SchoolId, long? EmployerId, long? OperatorId)
{
    public static OfferCaller Anonymous { get; } = new(false, null, null, null);

    public static OfferCaller Of(Viewer? viewer) => viewer is null
        ? Anonymous
        : new(viewer.Kind == AccountKind.Admin, viewer.SchoolId, viewer.EmployerId, viewer.OperatorId);
}

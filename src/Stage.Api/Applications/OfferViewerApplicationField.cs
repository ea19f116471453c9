using Stage.Api.Data;
using Stage.Api.Kit.Loading;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Schema;
using Stage.Api.Offers;

namespace Stage.Api.Applications;

/// <summary>
/// <c>Offer.viewerApplication</c>: the signed-in pupil's own application to each offer of a page, read for the whole
/// page at once, so that a search shows "already applied" without fetching all the pupil's applications.
/// </summary>
public sealed class OfferViewerApplicationField : IObjectTypeFields<OfferType>
{
    /// <summary>The pupil's applications to these offers, newest first (a withdrawn one may precede a new one).</summary>
    private static readonly BatchQuery<long, IReadOnlyList<Application>> PupilApplicationsTo = BatchQuery.Many(
        (StageDbContext db, long[] offerIds, long pupilId) => db.Applications
            .Where(a => a.PupilId == pupilId && offerIds.Contains(a.OfferId))
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id),
        a => a.OfferId);

    public void AddTo(OfferType type) =>
        type.Field<ApplicationType>("viewerApplication")
            .Description("The signed-in pupil's latest application to this offer; null for anyone else, or when the pupil has not applied.")
            .Resolve(context => context.UserContext is StageUserContext { Viewer.PupilId: { } pupilId }
                ? context.Load(PupilApplicationsTo, context.Source.Id, pupilId).Then(applications => applications.Count > 0 ? applications[0] : null)
                : null);
}

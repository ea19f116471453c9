using Microsoft.EntityFrameworkCore;
using Stage.Api.Events;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Applications.Subscriptions;

/// <summary><c>applicationStatusChanged</c>: the status changes a viewer may see, live, resumable after a cursor.</summary>
public sealed class ApplicationSubscriptions(PartyEventSubscriber<ApplicationStatusChange> subscriber) : ISubscriptionFields
{
    private static readonly PartySubscriptionField Field = new(
        "applicationStatusChanged",
        "Status changes of the applications the viewer may see (a pupil their own, an employer's members their offers', " +
        "a school's staff their pupils'), or of one application. With `after`, first every change after that cursor, " +
        "then live ones: no gap, no duplicate, in commit order. Needs a signed-in viewer.",
        "applicationId",
        "Only this application's changes (FORBIDDEN if the viewer may not see it).",
        ApplicationType.TypeName,
        "This application does not exist or is not yours to follow.");

    public void AddTo(SubscriptionType subscription) =>
        subscriber.AddField<ApplicationStatusChangeType>(subscription, Field,
            (db, viewer, id, cancellationToken) => db.Applications.VisibleTo(viewer).AnyAsync(a => a.Id == id, cancellationToken));
}

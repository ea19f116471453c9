using Microsoft.EntityFrameworkCore;
using Stage.Api.Events;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Agreements.Subscriptions;

/// <summary><c>agreementStatusChanged</c>: the agreement changes of a viewer's parties, live, resumable after a cursor.</summary>
public sealed class AgreementSubscriptions(PartyEventSubscriber<AgreementStatusChange> subscriber) : ISubscriptionFields
{
    private static readonly PartySubscriptionField Field = new(
        "agreementStatusChanged",
        "Changes of the agreements the viewer is party to (the pupil, the host's members and operator, the pupil's school staff), " +
        "or of one agreement: creation on confirmation, each step and signature, reopenings, deletion. With `after`, first every " +
        "change after that cursor, then live ones: no gap, no duplicate, in commit order. Needs a signed-in viewer.",
        "agreementId",
        "Only this agreement's changes (FORBIDDEN if the viewer is not party to it).",
        AgreementType.TypeName,
        "This agreement does not exist or you are not party to it.");

    public void AddTo(SubscriptionType subscription) =>
        subscriber.AddField<AgreementStatusChangeType>(subscription, Field,
            (db, viewer, id, cancellationToken) => db.Agreements.VisibleTo(db, viewer).AnyAsync(a => a.Id == id, cancellationToken));
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Events;
using Stage.Api.GraphQL;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Relay;
using Stage.Api.Identity;

namespace Stage.Api.Agreements.Subscriptions;

/// <summary><c>agreementStatusChanged</c>: the agreement changes of a viewer's parties, live, resumable after a cursor.</summary>
public sealed class AgreementSubscriptions(
    PartyEventSubscriber<AgreementStatusChange> subscriber, IDbContextFactory<StageDbContext> databases) : ISubscriptionFields
{
    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<AgreementStatusChangeType>>("agreementStatusChanged")
            .Description(
                "Changes of the agreements the viewer is party to (the pupil, the host's members and operator, the pupil's school staff), " +
                "or of one agreement: creation on confirmation, each step and signature, reopenings, deletion. With `after`, first every " +
                "change after that cursor, then live ones: no gap, no duplicate, in commit order. Needs a signed-in viewer.")
            .Argument<IdGraphType>("agreementId", "Only this agreement's changes (FORBIDDEN if the viewer is not party to it).")
            .Argument<StringGraphType>("after", "Resume after this event cursor (from an event, or any entry of an application's or agreement's history).")
            .ResolveStreamAsync(SubscribeAsync);

    private async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        var viewer = context.RequireViewer();
        var agreementId = context.GetArgument<string?>("agreementId") is { } id ? GlobalId.Parse(id, AgreementType.TypeName) : (long?)null;
        if (agreementId is { } one)
        {
            await using var db = await databases.CreateDbContextAsync(context.CancellationToken);
            if (!await db.Agreements.VisibleTo(db, viewer).AnyAsync(a => a.Id == one, context.CancellationToken))
            {
                throw new ForbiddenError("This agreement does not exist or you are not party to it.");
            }
        }

        return subscriber.Subscribe(context, viewer, agreementId);
    }
}

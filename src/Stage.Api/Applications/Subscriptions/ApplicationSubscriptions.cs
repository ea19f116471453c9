using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Events;
using Stage.Api.GraphQL;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Relay;
using Stage.Api.Identity;

namespace Stage.Api.Applications.Subscriptions;

/// <summary><c>applicationStatusChanged</c>: the status changes a viewer may see, live, resumable after a cursor.</summary>
public sealed class ApplicationSubscriptions(
    PartyEventSubscriber<ApplicationStatusChange> subscriber, IDbContextFactory<StageDbContext> databases) : ISubscriptionFields
{
    public void AddTo(SubscriptionType subscription) =>
        subscription.Field<NonNullGraphType<ApplicationStatusChangeType>>("applicationStatusChanged")
            .Description(
                "Status changes of the applications the viewer may see (a pupil their own, an employer's members their offers', " +
                "a school's staff their pupils'), or of one application. With `after`, first every change after that cursor, " +
                "then live ones: no gap, no duplicate, in commit order. Needs a signed-in viewer.")
            .Argument<IdGraphType>("applicationId", "Only this application's changes (FORBIDDEN if the viewer may not see it).")
            .Argument<StringGraphType>("after", "Resume after this event cursor (from an event or an application's `history`).")
            .ResolveStreamAsync(SubscribeAsync);

    private async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context)
    {
        var viewer = context.RequireViewer();
        var applicationId = context.GetArgument<string?>("applicationId") is { } id ? GlobalId.Parse(id, ApplicationType.TypeName) : (long?)null;
        if (applicationId is { } one)
        {
            await using var db = await databases.CreateDbContextAsync(context.CancellationToken);
            if (!await db.Applications.VisibleTo(viewer).AnyAsync(a => a.Id == one, context.CancellationToken))
            {
                throw new ForbiddenError("This application does not exist or is not yours to follow.");
            }
        }

        return subscriber.Subscribe(context, viewer, applicationId);
    }
}

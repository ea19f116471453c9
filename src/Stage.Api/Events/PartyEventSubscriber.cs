using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stage.Api.Data;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Schema;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Events;

/// <summary>
/// A subscription field for one kind of party event, and the viewer's subscriptions to it: live from
/// the hub, resumed from the store after the <c>after</c> cursor if given, paced by the transport's
/// credits; one subject only when its argument is given and the viewer may follow it.
/// </summary>
public sealed class PartyEventSubscriber<T>(
    PartyEventHub<T> hub,
    PartyEventFeed<T> feed,
    IPartyEventStore<T> store,
    CursorSigner cursors,
    ActiveSubscriptions counter,
    IDbContextFactory<StageDbContext> databases,
    IOptions<SubscriptionOptions> options) where T : class, IPartyEvent
{
    /// <summary>Adds the field; <paramref name="mayFollow"/> says whether a viewer may follow one subject.</summary>
    public void AddField<TEventType>(
        SubscriptionType subscription, PartySubscriptionField field, Func<StageDbContext, Viewer, long, CancellationToken, Task<bool>> mayFollow)
        where TEventType : IGraphType =>
        subscription.Field<NonNullGraphType<TEventType>>(field.Name)
            .Description(field.Description)
            .Argument<IdGraphType>(field.SubjectArgument, field.SubjectDescription)
            .Argument<StringGraphType>("after", "Resume after this event cursor (from an event, or any entry of an application's or agreement's history).")
            .ResolveStreamAsync(async context =>
            {
                var viewer = context.RequireViewer();
                var subjectId = context.GetArgument<string?>(field.SubjectArgument) is { } id ? GlobalId.Parse(id, field.SubjectType) : (long?)null;
                if (subjectId is { } one)
                {
                    await using var db = await databases.CreateDbContextAsync(context.CancellationToken);
                    if (!await mayFollow(db, viewer, one, context.CancellationToken))
                    {
                        throw new ForbiddenError(field.NotFollowable);
                    }
                }

                // Just after start-up the feed may not know yet where it starts: a stream registered before then would
                // miss what commits in between (PartyEventFeed.Started).
                await feed.Started.WaitAsync(context.CancellationToken);
                return Subscribe(context, viewer, subjectId);
            });

    /// <summary>The stream of <paramref name="viewer"/>'s events (of one subject if given, that the viewer may follow).</summary>
    private EventSubscription<T> Subscribe(IResolveFieldContext context, Viewer viewer, long? subjectId)
    {
        var after = context.GetArgument<string?>("after") is { } cursor ? EventCursor.Decode(cursor, cursors, "after") : (long?)null;
        return new EventSubscription<T>(new EventSubscriptionSource<T>(
            Register: stream => hub.Register(stream, viewer, subjectId),
            Replay: (position, limit, cancellationToken) => store.ReadAsync(position, limit, viewer, subjectId, cancellationToken),
            After: after,
            BufferSize: options.Value.BufferSize,
            Credits: (context.UserContext as StageUserContext)?.Delivery,
            Counter: counter));
    }
}

using GraphQL;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Relay;
using Stage.Api.Identity;

namespace Stage.Api.Events;

/// <summary>
/// Opens a viewer's subscription to one kind of party event: live from the hub, resumed from the
/// store after the <c>after</c> cursor if given, paced by the transport's credits.
/// </summary>
public sealed class PartyEventSubscriber<T>(
    PartyEventHub<T> hub,
    IPartyEventStore<T> store,
    CursorSigner cursors,
    ActiveSubscriptions counter,
    IOptions<SubscriptionOptions> options) where T : class, IPartyEvent
{
    /// <summary>The stream of <paramref name="viewer"/>'s events (of one subject if given; the caller checked it may see it).</summary>
    public EventSubscription<T> Subscribe(IResolveFieldContext context, Viewer viewer, long? subjectId)
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

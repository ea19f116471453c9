using Microsoft.Extensions.Logging.Abstractions;
using Stage.Api.Events;
using Stage.Api.Kit.Parties;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// The feed says when it has started, that is from which position it publishes everything: subscriptions wait for that,
/// so that a stream opened while the process starts does not miss what commits before the feed knows where it stands.
/// </summary>
public sealed class PartyEventFeedTests
{
    [Fact]
    public async Task The_feed_has_started_only_once_it_knows_its_position_and_then_publishes_everything_after_it()
    {
        var store = new GatedStore();
        var hub = new PartyEventHub<TestEvent>();
        var feed = new PartyEventFeed<TestEvent>(store, hub, NullLogger<PartyEventFeed<TestEvent>>.Instance);
        using var stop = new CancellationTokenSource();
        var running = feed.RunAsync(stop.Token);

        Assert.False(feed.Started.IsCompleted);
        feed.OnConnected();
        await store.PositionAsked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(feed.Started.IsCompleted);

        store.Events.Add(new TestEvent(42, 1, new PartyIds(1, 2, 3, null)));
        store.Position.SetResult(41);
        await feed.Started.WaitAsync(TimeSpan.FromSeconds(10));

        feed.OnNotification(store.Table);
        await store.ReadAfter.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(41, await store.ReadAfter.Task);

        await stop.CancelAsync();
        await running;
    }

    private sealed record TestEvent(long Position, long SubjectId, PartyIds Owners) : IPartyEvent;

    private sealed class GatedStore : IPartyEventStore<TestEvent>
    {
        public TaskCompletionSource PositionAsked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<long> Position { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<long> ReadAfter { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<TestEvent> Events { get; } = [];

        public string Table => "test_events";

        public async Task<long> LastPositionAsync(CancellationToken cancellationToken)
        {
            PositionAsked.TrySetResult();
            return await Position.Task.WaitAsync(cancellationToken);
        }

        public Task<IReadOnlyList<TestEvent>> ReadAsync(long after, int limit, Viewer? viewer, long? subjectId, CancellationToken cancellationToken)
        {
            ReadAfter.TrySetResult(after);
            return Task.FromResult<IReadOnlyList<TestEvent>>([.. Events.Where(e => e.Position > after).Take(limit)]);
        }
    }
}

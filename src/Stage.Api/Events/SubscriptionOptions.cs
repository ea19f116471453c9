namespace Stage.Api.Events;

/// <summary>Limits and timings of real-time delivery (configuration section "Stage:Subscriptions").</summary>
public sealed class SubscriptionOptions
{
    public const string Section = "Stage:Subscriptions";

    /// <summary>Events held for one subscriber that reads too slowly; past it, the subscriber is disconnected.</summary>
    public int BufferSize { get; set; } = 1000;

    /// <summary>Results of one subscription executed ahead of what its client has received.</summary>
    public int DeliveryWindow { get; set; } = 8;

    /// <summary>Operations one WebSocket connection may run at once.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (close code 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the legacy graphql-ws protocol sends its <c>ka</c> keep-alive (its clients drop a connection silent for 30 s).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The largest message a client may send over a WebSocket.</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>How often a Server-Sent Events stream sends a comment to keep proxies from closing it.</summary>
    public TimeSpan SseKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an idle listening connection is probed, so that a dead one is noticed.</summary>
    public TimeSpan ListenerProbeInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The first delay before reconnecting the listener; it doubles up to <see cref="ReconnectDelayMax"/>.</summary>
    public TimeSpan ReconnectDelayMin { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest delay between two reconnection attempts.</summary>
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromSeconds(5);
}

using GraphQL;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Events;

/// <summary>A subscriber let more events pile up than its buffer holds: it is disconnected, and may resume with <c>after</c>.</summary>
public sealed class SlowConsumerError : ExecutionError
{
    /// <summary>The WebSocket close code used for it ("try again later").</summary>
    public const int CloseCode = 1013;

    public SlowConsumerError(int bufferSize)
        : base($"Subscriber too slow: more than {bufferSize} events waited for it. Reconnect and resume after the last cursor received.")
    {
        Code = ErrorCodes.SlowConsumer;
    }
}

using System.Buffers.Binary;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Events;

/// <summary>An event's position as an opaque, signed cursor: what a subscriber resumes <c>after</c>.</summary>
public static class EventCursor
{
    private const byte Kind = (byte)'e';

    public static string Encode(long position, CursorSigner signer)
    {
        var payload = new byte[9];
        payload[0] = Kind;
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(1), position);
        return signer.Sign(payload);
    }

    /// <summary>The position of a cursor this server issued for an event; else an <c>INVALID_CURSOR</c> error.</summary>
    public static long Decode(string cursor, CursorSigner signer, string argument) =>
        signer.Verify(cursor) is { Length: 9 } payload && payload[0] == Kind
            ? BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(1))
            : throw new InvalidArgumentError(ErrorCodes.InvalidCursor, argument, "This cursor is not an event cursor of this API: it was altered, or it comes from a list.");
}

using System.Buffers.Binary;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Data;
using Stage.Api.Events;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>What happened to an offer's availability (published with seats left: what a search finds).</summary>
public enum OfferPublicationKind
{
    /// <summary>It became available: published, republished, or open again after a seat was freed.</summary>
    Published,
    Full,
    Unpublished,
    Removed,
}

/// <summary>One committed row of <c>offer_events</c>, the same object for every live subscriber it goes to.</summary>
public sealed record OfferAvailabilityEvent(long Position, long OfferId, OfferPublicationKind Kind, DateTimeOffset OccurredAt)
{
    private Task<Offer?>? _offer;

    /// <summary>
    /// The offer as anyone may read it by id, loaded once for all the streams this event goes to (each then applies its
    /// viewer's visibility in memory), not once per subscriber.
    /// </summary>
    public Task<Offer?> OfferAsync(Func<long, Task<Offer?>> load) => LazyInitializer.EnsureInitialized(ref _offer, () => load(OfferId));
}

/// <summary>
/// An event as one stream delivers it: with the position that stream started after (its origin), which its cursors
/// carry so that a resumed stream still follows the offers the first one delivered.
/// </summary>
public sealed record OfferPublication(OfferAvailabilityEvent Event, long Origin) : IPositioned
{
    public long Position => Event.Position;
}

/// <summary>The cursor of an <c>offersPublished</c> event: its position and its stream's origin, signed.</summary>
public static class OfferPublicationCursor
{
    private const byte Kind = (byte)'p';

    public static string Encode(long position, long origin, CursorSigner signer)
    {
        var payload = new byte[17];
        payload[0] = Kind;
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(1), position);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(9), origin);
        return signer.Sign(payload);
    }

    public static (long Position, long Origin) Decode(string cursor, CursorSigner signer, string argument)
    {
        if (signer.Verify(cursor) is { Length: 17 } payload && payload[0] == Kind)
        {
            var (position, origin) = (BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(1)), BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(9)));
            if (origin <= position)
            {
                return (position, origin);
            }
        }

        throw new InvalidArgumentError(ErrorCodes.InvalidCursor, argument, "This cursor is not a cursor of `offersPublished`: it was altered, or it comes from elsewhere.");
    }
}

public sealed class OfferPublicationKindType : EnumerationGraphType<OfferPublicationKind>
{
    public OfferPublicationKindType()
    {
        Name = "OfferPublicationKind";
        Description = "What happened to an offer delivered by `offersPublished`.";
        Values["PUBLISHED"]!.Description = "The offer became searchable: published, republished, or open again after a seat was freed.";
        Values["FULL"]!.Description = "An offer this stream delivered has no seat left (or waits for its publisher's update): no longer searchable.";
        Values["UNPUBLISHED"]!.Description = "An offer this stream delivered was unpublished by its publisher.";
        Values["REMOVED"]!.Description = "An offer this stream delivered was removed by its publisher.";
    }
}

public sealed class OfferPublicationType : ObjectGraphType<OfferPublication>
{
    public OfferPublicationType(CursorSigner cursors, IDbContextFactory<StageDbContext> databases)
    {
        Name = "OfferPublication";
        Description = "An offer that became searchable for the subscriber's filter, or an offer this stream delivered that no longer is.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("This event's place in the stream: pass it as `after` to resume with the events that follow it.")
            .Resolve(c => OfferPublicationCursor.Encode(c.Source.Position, c.Source.Origin, cursors));
        Field<NonNullGraphType<OfferPublicationKindType>>("kind").Description("What happened.").Resolve(c => c.Source.Event.Kind);
        Field<NonNullGraphType<IdGraphType>>("offerId").Description("The offer's global id.")
            .Resolve(c => GlobalId.Encode(OfferType.TypeName, c.Source.Event.OfferId));
        Field<OfferType>("offer")
            .Description("The offer as it is now, as the viewer may read it by id (null once unpublished or removed).")
            .ResolveAsync(async c =>
            {
                var offer = await c.Source.Event.OfferAsync(async id =>
                {
                    // Shared by the streams of this event: no one stream's cancellation may end it.
                    await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
                    return await db.Offers.AsNoTracking().VisibleToPublic().Include(o => o.Employer).FirstOrDefaultAsync(o => o.Id == id, CancellationToken.None);
                });
                return offer is not null && c.Viewer().CanSee(offer) ? offer : null;
            });
        Field<NonNullGraphType<DateTimeType>>("occurredAt").Description("When the change was made.").Resolve(c => c.Source.Event.OccurredAt);
    }
}

namespace Stage.Api.Events;

/// <summary>The PostgreSQL notification channels the database triggers notify (see EventPositionsSql).</summary>
public static class EventChannels
{
    /// <summary>An event table got rows; the payload is the table's name.</summary>
    public const string Events = "stage_events";

    /// <summary>An offer's seats or status changed; the payload is the offer's id.</summary>
    public const string OfferSeats = "stage_offer_seats";
}

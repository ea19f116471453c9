namespace Stage.Api.Data.Migrations;

/// <summary>What EF cannot express in the EventPositions migration. Frozen with it.</summary>
internal static class EventPositionsSql
{
    /// <summary>
    /// Events get their position at commit, under one transaction-level lock, so positions follow
    /// commit order: whoever sees position p also sees every position before p, and a reader resuming
    /// "after p" can never miss an event that committed late with a smaller id. The same trigger
    /// function serves every event table (its name is the notification's payload), so all events
    /// share one sequence of positions. Offers notify their seat and status changes (ids only: a
    /// notification must stay small, and is delivered on commit only).
    /// </summary>
    public const string Up = """
        CREATE SEQUENCE event_positions;

        UPDATE application_events e SET position = o.n
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM application_events) o
        WHERE e.id = o.id;
        SELECT setval('event_positions', coalesce(max(position), 0) + 1, false) FROM application_events;

        CREATE FUNCTION stage_publish_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock(5817301);
            EXECUTE format('UPDATE %I SET position = nextval(''event_positions'') WHERE id = $1', TG_TABLE_NAME) USING NEW.id;
            PERFORM pg_notify('stage_events', TG_TABLE_NAME);
            RETURN NULL;
        END $$;

        CREATE CONSTRAINT TRIGGER application_events_publish
            AFTER INSERT ON application_events DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION stage_publish_event();

        CREATE FUNCTION stage_notify_offer_seats() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('stage_offer_seats', NEW.id::text);
            RETURN NULL;
        END $$;

        CREATE TRIGGER offers_notify_seats
            AFTER UPDATE OF seats, seats_taken, status ON offers
            FOR EACH ROW WHEN (OLD.seats IS DISTINCT FROM NEW.seats OR OLD.seats_taken IS DISTINCT FROM NEW.seats_taken
                OR OLD.status IS DISTINCT FROM NEW.status)
            EXECUTE FUNCTION stage_notify_offer_seats();
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS offers_notify_seats ON offers;
        DROP FUNCTION IF EXISTS stage_notify_offer_seats();
        DROP TRIGGER IF EXISTS application_events_publish ON application_events;
        DROP FUNCTION IF EXISTS stage_publish_event();
        DROP SEQUENCE IF EXISTS event_positions;
        """;
}

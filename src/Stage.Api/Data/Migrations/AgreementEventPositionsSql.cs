namespace Stage.Api.Data.Migrations;

/// <summary>What EF cannot express in the AgreementEventPositions migration. Frozen with it.</summary>
internal static class AgreementEventPositionsSql
{
    /// <summary>
    /// Agreement events take their positions from the same sequence, under the same commit-time lock,
    /// as application events (see EventPositionsSql); existing rows get theirs in id order.
    /// </summary>
    public const string Up = """
        UPDATE agreement_events e SET position = (SELECT last_value FROM event_positions) + o.n
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM agreement_events) o
        WHERE e.id = o.id;
        SELECT setval('event_positions', max(position) + 1, false) FROM agreement_events HAVING count(*) > 0;

        CREATE CONSTRAINT TRIGGER agreement_events_publish
            AFTER INSERT ON agreement_events DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION stage_publish_event();
        """;

    public const string Down = "DROP TRIGGER IF EXISTS agreement_events_publish ON agreement_events;";
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// A log of the changes to <c>offer_search</c>, which keeps each instance's in-memory full-text index as fresh as the
    /// table (see docs/DECISIONS.md, "The full-text index in memory"). A row per changed offer carries its transaction's id,
    /// so a reader takes every row at or above its watermark and then moves the watermark to its snapshot's xmin: every
    /// transaction below it has ended and was seen, however late it committed. A truncate writes a row without an offer:
    /// "read everything again"; so does the seeder after its bulk load, whose transactions log nothing
    /// (<c>SET LOCAL stage.offer_search_changes = 'off'</c>, as for <c>offer_events</c>).
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261212090000_OfferSearchChanges")]
    public sealed class OfferSearchChanges : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE offer_search_changes (
                xid bigint NOT NULL DEFAULT pg_current_xact_id()::text::bigint,
                offer_id bigint,
                changed_at timestamp with time zone NOT NULL DEFAULT now());
            COMMENT ON TABLE offer_search_changes IS
                'Changes to offer_search, read by the API instances to keep their in-memory full-text index fresh: the writing transaction''s id and the offer (none: everything changed). Pruned after an hour.';
            CREATE INDEX ix_offer_search_changes_xid ON offer_search_changes (xid);

            CREATE FUNCTION stage_offer_search_log_change() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    IF TG_OP = 'TRUNCATE' THEN
                        INSERT INTO offer_search_changes (offer_id) VALUES (NULL);
                    ELSIF TG_OP = 'DELETE' THEN
                        INSERT INTO offer_search_changes (offer_id) VALUES (OLD.id);
                    ELSE
                        INSERT INTO offer_search_changes (offer_id) VALUES (NEW.id);
                    END IF;
                    RETURN NULL;
                END
                $$;

            CREATE TRIGGER offer_search_log_change AFTER INSERT OR UPDATE OR DELETE ON offer_search
                FOR EACH ROW WHEN (current_setting('stage.offer_search_changes', true) IS DISTINCT FROM 'off')
                EXECUTE FUNCTION stage_offer_search_log_change();
            CREATE TRIGGER offer_search_log_truncate AFTER TRUNCATE ON offer_search
                FOR EACH STATEMENT EXECUTE FUNCTION stage_offer_search_log_change();
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER offer_search_log_truncate ON offer_search;
            DROP TRIGGER offer_search_log_change ON offer_search;
            DROP FUNCTION stage_offer_search_log_change();
            DROP TABLE offer_search_changes;
            """);
    }
}

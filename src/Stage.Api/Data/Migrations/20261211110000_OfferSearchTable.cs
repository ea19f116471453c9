using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// The full-text search reads a narrow table of its own, <c>offer_search</c>: per offer, the search vector and only the
    /// columns a search filters, ranks or counts on (see docs/DECISIONS.md, "Full text with facets"). The vector leaves
    /// <c>offers</c>, where it lay in TOAST behind a wide row, and stays inline in the narrow one; triggers on
    /// <c>offers</c> and <c>employers</c> keep the table in step with every writer (the employer's part of a vector comes from
    /// the employer's own, as since <c>EmployerSearchVector</c>). Written by hand like the gazetteer's
    /// migration; the model snapshot loses the offers' vector.
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261211110000_OfferSearchTable")]
    public sealed class OfferSearchTable : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            SET LOCAL maintenance_work_mem = '512MB';
            CREATE TABLE offer_search (
                id bigint PRIMARY KEY,
                status offer_status NOT NULL,
                sector_id integer NOT NULL,
                employer_id bigint NOT NULL,
                operator_id bigint,
                reserved_school_ids bigint[] NOT NULL,
                grades grade[] NOT NULL,
                first_date date NOT NULL,
                last_date date NOT NULL,
                remaining_seats integer NOT NULL,
                department_code character varying(3),
                region_code character varying(2),
                search_vector tsvector NOT NULL);
            COMMENT ON TABLE offer_search IS
                'What the full-text search reads of each offer: its search vector and the columns searches filter, rank and count on. Kept by triggers on offers and employers.';

            INSERT INTO offer_search (id, status, sector_id, employer_id, operator_id, reserved_school_ids, grades, first_date, last_date,
                                      remaining_seats, department_code, region_code, search_vector)
            SELECT id, status, sector_id, employer_id, operator_id, reserved_school_ids, grades, first_date, last_date,
                   remaining_seats, department_code, region_code, search_vector
            FROM offers;
            CREATE INDEX ix_offer_search_search_vector ON offer_search USING gin (search_vector);

            DROP TRIGGER offers_set_search_vector ON offers;
            DROP FUNCTION stage_offers_set_search_vector();
            ALTER TABLE offers DROP COLUMN search_vector;

            CREATE FUNCTION stage_offers_insert_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    INSERT INTO offer_search (id, status, sector_id, employer_id, operator_id, reserved_school_ids, grades, first_date,
                                              last_date, remaining_seats, department_code, region_code, search_vector)
                    SELECT NEW.id, NEW.status, NEW.sector_id, NEW.employer_id, NEW.operator_id, NEW.reserved_school_ids, NEW.grades,
                           NEW.first_date, NEW.last_date, NEW.remaining_seats, NEW.department_code, NEW.region_code,
                           stage_offer_search_vector(NEW.title, NEW.description, e.search_vector)
                    FROM employers e WHERE e.id = NEW.employer_id;
                    RETURN NULL;
                END
                $$;

            CREATE TRIGGER offers_insert_search AFTER INSERT ON offers
                FOR EACH ROW EXECUTE FUNCTION stage_offers_insert_search();

            -- The vector is computed again only when its texts change; a seat taken rewrites the narrow row alone.
            CREATE FUNCTION stage_offers_update_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    UPDATE offer_search s
                       SET status = NEW.status, sector_id = NEW.sector_id, employer_id = NEW.employer_id, operator_id = NEW.operator_id,
                           reserved_school_ids = NEW.reserved_school_ids, grades = NEW.grades, first_date = NEW.first_date,
                           last_date = NEW.last_date, remaining_seats = NEW.remaining_seats, department_code = NEW.department_code,
                           region_code = NEW.region_code,
                           search_vector = CASE
                               WHEN NEW.title IS DISTINCT FROM OLD.title OR NEW.description IS DISTINCT FROM OLD.description
                                    OR NEW.employer_id IS DISTINCT FROM OLD.employer_id
                               THEN (SELECT stage_offer_search_vector(NEW.title, NEW.description, e.search_vector)
                                     FROM employers e WHERE e.id = NEW.employer_id)
                               ELSE s.search_vector END
                     WHERE s.id = NEW.id;
                    RETURN NULL;
                END
                $$;

            CREATE TRIGGER offers_update_search AFTER UPDATE ON offers
                FOR EACH ROW
                WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.description IS DISTINCT FROM NEW.description
                    OR OLD.status IS DISTINCT FROM NEW.status OR OLD.sector_id IS DISTINCT FROM NEW.sector_id
                    OR OLD.employer_id IS DISTINCT FROM NEW.employer_id OR OLD.operator_id IS DISTINCT FROM NEW.operator_id
                    OR OLD.reserved_school_ids IS DISTINCT FROM NEW.reserved_school_ids OR OLD.grades IS DISTINCT FROM NEW.grades
                    OR OLD.first_date IS DISTINCT FROM NEW.first_date OR OLD.last_date IS DISTINCT FROM NEW.last_date
                    OR OLD.remaining_seats IS DISTINCT FROM NEW.remaining_seats
                    OR OLD.department_code IS DISTINCT FROM NEW.department_code OR OLD.region_code IS DISTINCT FROM NEW.region_code)
                EXECUTE FUNCTION stage_offers_update_search();

            -- Triggers rather than a foreign key: its check would cost a lookup of the offer for every row of a bulk load.
            CREATE FUNCTION stage_offers_delete_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$ BEGIN DELETE FROM offer_search WHERE id = OLD.id; RETURN NULL; END $$;

            CREATE TRIGGER offers_delete_search AFTER DELETE ON offers
                FOR EACH ROW EXECUTE FUNCTION stage_offers_delete_search();

            CREATE FUNCTION stage_offers_truncate_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$ BEGIN TRUNCATE offer_search; RETURN NULL; END $$;

            CREATE TRIGGER offers_truncate_search AFTER TRUNCATE ON offers
                FOR EACH STATEMENT EXECUTE FUNCTION stage_offers_truncate_search();

            CREATE OR REPLACE FUNCTION stage_employers_refresh_offer_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    UPDATE offer_search s
                       SET search_vector = stage_offer_search_vector(o.title, o.description, NEW.search_vector)
                      FROM offers o
                     WHERE o.employer_id = NEW.id AND s.id = o.id;
                    RETURN NULL;
                END
                $$;

            ANALYZE offer_search;
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TRIGGER offers_truncate_search ON offers;
            DROP TRIGGER offers_delete_search ON offers;
            DROP TRIGGER offers_update_search ON offers;
            DROP TRIGGER offers_insert_search ON offers;
            DROP FUNCTION stage_offers_truncate_search();
            DROP FUNCTION stage_offers_delete_search();
            DROP FUNCTION stage_offers_update_search();
            DROP FUNCTION stage_offers_insert_search();

            ALTER TABLE offers ADD COLUMN search_vector tsvector;
            UPDATE offers o SET search_vector = s.search_vector FROM offer_search s WHERE s.id = o.id;
            CREATE INDEX ix_offers_search_vector ON offers USING gin (search_vector);
            DROP TABLE offer_search;

            CREATE FUNCTION stage_offers_set_search_vector() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    SELECT stage_offer_search_vector(NEW.title, NEW.description, e.search_vector)
                      INTO NEW.search_vector
                      FROM employers e WHERE e.id = NEW.employer_id;
                    RETURN NEW;
                END
                $$;

            CREATE TRIGGER offers_set_search_vector BEFORE INSERT OR UPDATE OF title, description, employer_id ON offers
                FOR EACH ROW EXECUTE FUNCTION stage_offers_set_search_vector();

            CREATE OR REPLACE FUNCTION stage_employers_refresh_offer_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    UPDATE offers
                       SET search_vector = stage_offer_search_vector(title, description, NEW.search_vector)
                     WHERE employer_id = NEW.id;
                    RETURN NULL;
                END
                $$;
            """);
    }
}

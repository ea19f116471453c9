using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// The employer's part of every offer's search vector (its name and description, French stems weighted C and the
    /// words as written weighted D) is computed once per employer and kept on it, instead of once per offer: it was 45 %
    /// of the text an offer's vector parses, so loading 1,000,000 offers spent that much less time in the parser. The
    /// offers' vectors hold the same lexemes with the same weights (the employer's words now follow the offer's in the
    /// 'simple' part instead of being parsed with them); they are not recomputed.
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261211090000_EmployerSearchVector")]
    public sealed class EmployerSearchVector : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE FUNCTION stage_employer_search_vector(name text, description text)
                RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$
                SELECT setweight(to_tsvector('french', e), 'C') || setweight(to_tsvector('simple', e), 'D')
                FROM (SELECT stage_unaccent(coalesce(name, '') || ' ' || coalesce(description, '')) AS e) AS texts
                $$;

            CREATE FUNCTION stage_offer_search_vector(title text, description text, employer tsvector)
                RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$
                SELECT setweight(to_tsvector('french', t), 'A')
                    || setweight(to_tsvector('french', d), 'B')
                    || setweight(to_tsvector('simple', t || ' ' || d), 'D')
                    || coalesce(employer, ''::tsvector)
                FROM (SELECT stage_unaccent(coalesce(title, '')) AS t, stage_unaccent(coalesce(description, '')) AS d) AS texts
                $$;

            CREATE OR REPLACE FUNCTION stage_offer_search_vector(title text, description text, employer_name text, employer_description text)
                RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT stage_offer_search_vector(title, description, stage_employer_search_vector(employer_name, employer_description)) $$;

            ALTER TABLE employers ADD COLUMN search_vector tsvector;
            ALTER TABLE employers DISABLE TRIGGER employers_touch_updated_at;
            UPDATE employers SET search_vector = stage_employer_search_vector(name, description);
            ALTER TABLE employers ENABLE TRIGGER employers_touch_updated_at;

            CREATE FUNCTION stage_employers_set_search_vector() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    NEW.search_vector := stage_employer_search_vector(NEW.name, NEW.description);
                    RETURN NEW;
                END
                $$;
            CREATE TRIGGER employers_set_search_vector BEFORE INSERT OR UPDATE OF name, description ON employers
                FOR EACH ROW EXECUTE FUNCTION stage_employers_set_search_vector();

            CREATE OR REPLACE FUNCTION stage_offers_set_search_vector() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    SELECT stage_offer_search_vector(NEW.title, NEW.description, e.search_vector)
                      INTO NEW.search_vector
                      FROM employers e WHERE e.id = NEW.employer_id;
                    RETURN NEW;
                END
                $$;

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

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION stage_employers_refresh_offer_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    UPDATE offers
                       SET search_vector = stage_offer_search_vector(title, description, NEW.name, NEW.description)
                     WHERE employer_id = NEW.id;
                    RETURN NULL;
                END
                $$;
            CREATE OR REPLACE FUNCTION stage_offers_set_search_vector() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    SELECT stage_offer_search_vector(NEW.title, NEW.description, e.name, e.description)
                      INTO NEW.search_vector
                      FROM employers e WHERE e.id = NEW.employer_id;
                    RETURN NEW;
                END
                $$;
            DROP TRIGGER employers_set_search_vector ON employers;
            DROP FUNCTION stage_employers_set_search_vector();
            ALTER TABLE employers DROP COLUMN search_vector;
            CREATE OR REPLACE FUNCTION stage_offer_search_vector(title text, description text, employer_name text, employer_description text)
                RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$
                SELECT setweight(to_tsvector('french', t), 'A')
                    || setweight(to_tsvector('french', d), 'B')
                    || setweight(to_tsvector('french', e), 'C')
                    || setweight(to_tsvector('simple', t || ' ' || d || ' ' || e), 'D')
                FROM (SELECT stage_unaccent(coalesce(title, '')) AS t,
                             stage_unaccent(coalesce(description, '')) AS d,
                             stage_unaccent(coalesce(employer_name, '') || ' ' || coalesce(employer_description, '')) AS e) AS texts
                $$;
            DROP FUNCTION stage_offer_search_vector(text, text, tsvector);
            DROP FUNCTION stage_employer_search_vector(text, text);
            """);
    }
}

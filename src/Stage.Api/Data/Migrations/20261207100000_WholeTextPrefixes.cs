using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Stage.Api.Data.Migrations
{
    /// <summary>
    /// The last word of a search matches as a prefix of the words as written (unaccented), never of their French
    /// stems: the search vector gains the 'simple' words of the description and the employer (the title's were
    /// there), and every offer's vector is computed again. The timestamp trigger is held off meanwhile: no offer
    /// changed.
    /// </summary>
    [DbContext(typeof(StageDbContext))]
    [Migration("20261207100000_WholeTextPrefixes")]
    public sealed class WholeTextPrefixes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
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

            ALTER TABLE offers DISABLE TRIGGER offers_touch_updated_at;
            UPDATE offers AS o
            SET search_vector = stage_offer_search_vector(o.title, o.description, e.name, e.description)
            FROM employers AS e
            WHERE e.id = o.employer_id;
            ALTER TABLE offers ENABLE TRIGGER offers_touch_updated_at;
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE OR REPLACE FUNCTION stage_offer_search_vector(title text, description text, employer_name text, employer_description text)
                RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$
                SELECT setweight(to_tsvector('french', t), 'A')
                    || setweight(to_tsvector('french', d), 'B')
                    || setweight(to_tsvector('french', e), 'C')
                    || setweight(to_tsvector('simple', t), 'D')
                FROM (SELECT stage_unaccent(coalesce(title, '')) AS t,
                             stage_unaccent(coalesce(description, '')) AS d,
                             stage_unaccent(coalesce(employer_name, '') || ' ' || coalesce(employer_description, '')) AS e) AS texts
                $$;
            """);
    }
}

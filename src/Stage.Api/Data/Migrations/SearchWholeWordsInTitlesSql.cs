namespace Stage.Api.Data.Migrations;

/// <summary>
/// Whole words ('simple' lexemes, for prefixes past the French stem) only for titles:
/// descriptions are the longest texts, and indexing them twice doubled the cost of loading offers
/// (1,000,000 offers: 70 s before whole words, 160 s with them everywhere). Descriptions and
/// employers still match by French stem and stem prefix. Whole words weigh least (D), so that they
/// help matching without changing the ranking of title (A) over description (B) over employer (C).
/// Frozen with the migration.
/// </summary>
internal static class SearchWholeWordsInTitlesSql
{
    public const string Up = """
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
        UPDATE offers o SET search_vector = stage_offer_search_vector(o.title, o.description, e.name, e.description)
          FROM employers e WHERE e.id = o.employer_id;
        """;

    public const string Down = SearchWholeWordPrefixesSql.Up;
}

namespace Stage.Api.Data.Migrations;

/// <summary>
/// The search vector also holds each word whole ('simple' configuration, unstemmed, stop words kept),
/// so that a word being typed matches as a prefix even past its French stem. Frozen with the migration.
/// </summary>
internal static class SearchWholeWordPrefixesSql
{
    public const string Up = """
        CREATE OR REPLACE FUNCTION stage_offer_search_vector(title text, description text, employer_name text, employer_description text)
            RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$
            SELECT setweight(to_tsvector('french', t) || to_tsvector('simple', t), 'A')
                || setweight(to_tsvector('french', d) || to_tsvector('simple', d), 'B')
                || setweight(to_tsvector('french', e) || to_tsvector('simple', e), 'C')
            FROM (SELECT stage_unaccent(coalesce(title, '')) AS t,
                         stage_unaccent(coalesce(description, '')) AS d,
                         stage_unaccent(coalesce(employer_name, '') || ' ' || coalesce(employer_description, '')) AS e) AS texts
            $$;
        UPDATE offers o SET search_vector = stage_offer_search_vector(o.title, o.description, e.name, e.description)
          FROM employers e WHERE e.id = o.employer_id;
        """;

    public const string Down = """
        CREATE OR REPLACE FUNCTION stage_offer_search_vector(title text, description text, employer_name text, employer_description text)
            RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$
            SELECT setweight(to_tsvector('french', stage_unaccent(coalesce(title, ''))), 'A')
                || setweight(to_tsvector('french', stage_unaccent(coalesce(description, ''))), 'B')
                || setweight(to_tsvector('french', stage_unaccent(coalesce(employer_name, '') || ' ' || coalesce(employer_description, ''))), 'C')
            $$;
        UPDATE offers o SET search_vector = stage_offer_search_vector(o.title, o.description, e.name, e.description)
          FROM employers e WHERE e.id = o.employer_id;
        """;
}

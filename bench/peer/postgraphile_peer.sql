-- The search benchmark's peer (./stage bench search --peer postgraphile): the custom queries PostGraphile exposes for the
-- cases its plugins cannot express with Stage's semantics. Created by the benchmark (dropped and created again at each
-- run) in the benchmark's own databases, in a schema of its own: Stage's tables and functions are read, never changed.
--
-- What every case shares with Stage's API for an anonymous caller: only published offers with seats left that are
-- reserved to no school; a sector, a grade ("some grade is X": exactly {seconde} for 2nde, since an offer never mixes
-- collège and lycée grades, else the grade and not {seconde}, as Stage writes it so that the grade-group indexes serve)
-- and a period the offer overlaps. Orders end with the offer id, as Stage's do. Stage lists only offers with a week to
-- come (a Monday after today in France): the drawn periods are all to come, so only full text (e) needs the condition.
DROP SCHEMA IF EXISTS postgraphile_peer CASCADE;
CREATE SCHEMA postgraphile_peer;
COMMENT ON SCHEMA postgraphile_peer IS 'Custom queries of the benchmark''s PostGraphile peer (bench/peer/postgraphile_peer.sql).';

-- The Friday of the week under way in France: an offer whose last Friday is later has a week to come.
CREATE FUNCTION postgraphile_peer.last_started_friday()
RETURNS date
LANGUAGE sql STABLE
AS $$ SELECT date_trunc('week', now() AT TIME ZONE 'Europe/Paris')::date + 4 $$;
COMMENT ON FUNCTION postgraphile_peer.last_started_friday IS E'@omit\nThe Friday of the week under way in France (used by the queries, not exposed).';

-- Case (a): the first max_rows offers by distance from the centre, then id, within radius_km. The GiST index gives the
-- nearest ones (KNN) in distance order only, so one row more is read: when it is as far as the last one, equidistant
-- offers straddle the edge and the whole group is read and ordered (Stage's OfferSearch.ReadNearestAsync does the
-- same). Bitmap scans are off in here as on Stage's nearest-neighbour sessions: PostGIS underestimates the disc and the
-- planner would sort it whole instead.
CREATE FUNCTION postgraphile_peer.offers_near(
    latitude double precision, longitude double precision, radius_km double precision,
    sector_id integer, grade public.grade, period_from date, period_to date, max_rows integer)
RETURNS SETOF public.offers
LANGUAGE plpgsql STABLE
SET enable_bitmapscan = off
AS $$
DECLARE
    centre geography := ST_SetSRID(ST_MakePoint(offers_near.longitude, offers_near.latitude), 4326)::geography;
    radius double precision := offers_near.radius_km * 1000;
    lycee boolean := offers_near.grade = 'seconde';
    ids bigint[];
    distances double precision[];
BEGIN
    SELECT array_agg(k.id ORDER BY k.distance), array_agg(k.distance ORDER BY k.distance) INTO ids, distances
    FROM (SELECT o.id, o.location <-> centre AS distance
          FROM public.offers o
          WHERE o.status = 'published' AND o.reserved_school_ids = '{}' AND o.remaining_seats > 0
            AND o.sector_id = offers_near.sector_id
            AND CASE WHEN lycee THEN o.grades = ARRAY['seconde']::public.grade[]
                     ELSE o.grades && ARRAY[offers_near.grade] AND o.grades <> ARRAY['seconde']::public.grade[] END
            AND o.first_date <= offers_near.period_to AND o.last_date >= offers_near.period_from
            AND ST_DWithin(o.location, centre, radius + 0.001, false) AND (o.location <-> centre) <= radius
          ORDER BY o.location <-> centre
          LIMIT offers_near.max_rows + 1) AS k;

    IF cardinality(ids) > offers_near.max_rows AND distances[offers_near.max_rows + 1] = distances[offers_near.max_rows] THEN
        radius := distances[offers_near.max_rows];
        RETURN QUERY
            SELECT o.*
            FROM public.offers o
            WHERE o.status = 'published' AND o.reserved_school_ids = '{}' AND o.remaining_seats > 0
              AND o.sector_id = offers_near.sector_id
              AND CASE WHEN lycee THEN o.grades = ARRAY['seconde']::public.grade[]
                       ELSE o.grades && ARRAY[offers_near.grade] AND o.grades <> ARRAY['seconde']::public.grade[] END
              AND o.first_date <= offers_near.period_to AND o.last_date >= offers_near.period_from
              AND ST_DWithin(o.location, centre, radius + 0.001, false) AND (o.location <-> centre) <= radius
            ORDER BY o.location <-> centre, o.id
            LIMIT offers_near.max_rows;
    ELSE
        RETURN QUERY
            SELECT o.*
            FROM unnest(ids, distances) AS w(id, distance)
            JOIN public.offers o ON o.id = w.id
            ORDER BY w.distance, w.id
            LIMIT offers_near.max_rows;
    END IF;
END
$$;
COMMENT ON FUNCTION postgraphile_peer.offers_near IS
    'Case (a): the first maxRows published offers with seats left, reserved to no school, of the sector, open to the grade and overlapping the period, within radiusKm of the centre, nearest first, then by id.';

-- Case (c): offer(id) as Stage answers it to an anonymous caller: published or waiting for an update, reserved to no school.
CREATE FUNCTION postgraphile_peer.visible_offer(id bigint)
RETURNS public.offers
LANGUAGE sql STABLE
AS $$
    SELECT o.*
    FROM public.offers o
    WHERE o.id = visible_offer.id
      AND o.status IN ('published', 'need_to_be_updated')
      AND o.reserved_school_ids = '{}'
$$;
COMMENT ON FUNCTION postgraphile_peer.visible_offer IS 'Case (c): the offer with this id, when an anonymous caller may read it.';

-- Case (e): Stage's FullTextQuery in SQL. The words are the runs of letters and digits, lower case; every word must
-- match: the earlier ones by their French stems, the last one as the start of a word as written ('simple'), accents
-- aside. The rank also counts the last word's French stems, so that a title ranks first.
CREATE FUNCTION postgraphile_peer.offer_text_query(search text, OUT matching tsquery, OUT ranking tsquery)
LANGUAGE sql IMMUTABLE
AS $$
    WITH words AS (
        SELECT array_remove(regexp_split_to_array(lower(normalize(search, NFC)), '[^[:alnum:]]+'), '') AS w),
    parts AS (
        SELECT to_tsquery('simple', stage_unaccent(w[cardinality(w)] || ':*')) AS written,
               to_tsquery('french', stage_unaccent(w[cardinality(w)] || ':*')) AS stems,
               CASE WHEN cardinality(w) > 1
                    THEN to_tsquery('french', stage_unaccent(array_to_string(w[1:cardinality(w) - 1], ' & '))) END AS complete
        FROM words)
    SELECT CASE WHEN complete IS NULL THEN written ELSE complete && written END,
           CASE WHEN complete IS NULL THEN stems || written ELSE complete && (stems || written) END
    FROM parts
$$;

-- Case (e), the page: the matching offers by relevance, then id. Matched and ranked on Stage's search table
-- (public.offer_search: each offer's vector and filter columns, kept by triggers), as Stage does; the offers' rows are
-- joined after the order, so that a page reads only its own (and a count, the join being removable, none).
CREATE FUNCTION postgraphile_peer.search_offers(search text)
RETURNS SETOF public.offers
LANGUAGE sql STABLE
AS $$
    SELECT o.*
    FROM (SELECT s.id, ts_rank(s.search_vector, q.ranking) AS rank
          FROM public.offer_search s, postgraphile_peer.offer_text_query(search_offers.search) AS q
          WHERE s.status = 'published' AND s.reserved_school_ids = '{}' AND s.remaining_seats > 0
            AND s.last_date > postgraphile_peer.last_started_friday()
            AND s.search_vector @@ q.matching) AS m
    LEFT JOIN public.offers o ON o.id = m.id
    ORDER BY m.rank DESC, m.id
$$;
COMMENT ON FUNCTION postgraphile_peer.search_offers IS 'Case (e): published offers with seats left, reserved to no school, matching the words; most relevant first, then by id.';

CREATE TYPE postgraphile_peer.offer_facet AS (facet text, value text, count bigint);
COMMENT ON TYPE postgraphile_peer.offer_facet IS 'How many offers a search matches with this sector (facet ''sector''), département or grade.';

-- Case (e), the facets: the counts per sector, département and grade of everything search_offers matches, in one
-- statement, largest first as Stage lists them.
CREATE FUNCTION postgraphile_peer.search_offer_facets(search text)
RETURNS SETOF postgraphile_peer.offer_facet
LANGUAGE sql STABLE
AS $$
    WITH matched AS MATERIALIZED (
        SELECT s.sector_id, s.department_code, s.grades
        FROM public.offer_search s, postgraphile_peer.offer_text_query(search_offer_facets.search) AS q
        WHERE s.status = 'published' AND s.reserved_school_ids = '{}' AND s.remaining_seats > 0
          AND s.last_date > postgraphile_peer.last_started_friday()
          AND s.search_vector @@ q.matching)
    SELECT f.facet, f.value, f.count FROM (
        SELECT 'sector' AS facet, sector_id::text AS value, count(*) AS count FROM matched GROUP BY sector_id
        UNION ALL
        SELECT 'department', department_code, count(*) FROM matched WHERE department_code IS NOT NULL GROUP BY department_code
        UNION ALL
        SELECT 'grade', grade::text, count(*) FROM matched, unnest(matched.grades) AS grade GROUP BY grade) AS f
    ORDER BY f.facet, f.count DESC, f.value
$$;
COMMENT ON FUNCTION postgraphile_peer.search_offer_facets IS 'Case (e): the counts per sector, département and grade of the offers searchOffers matches.';

namespace Stage.Api.Data.Migrations;

/// <summary>
/// What EF cannot express in the baseline migration, in the order it runs. From here on migrations
/// are additive: a change to this SQL is a new migration, never an edit here.
/// </summary>
internal static class BaselineSql
{
    /// <summary>
    /// Immutable functions behind generated columns, CHECK constraints and the search vector; they
    /// must exist before the tables. The search vector weighs the title (A) over the description (B)
    /// over the employer (C), all by French stem, and holds the title's whole words too ('simple', D),
    /// so that a word being typed matches as a prefix past its stem without changing the ranking
    /// (whole words of descriptions too doubled the cost of loading a million offers).
    /// </summary>
    public const string Functions = """
        CREATE FUNCTION stage_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

        -- Département of a French postal code: 2A/2B for Corsica, 3 digits overseas, NULL when none.
        -- Mirrors FrenchDepartments.CodeFromPostalCode; a test checks they agree.
        CREATE FUNCTION stage_department_of(country text, postal text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$
            SELECT CASE
                WHEN country IS DISTINCT FROM 'FR' OR postal IS NULL OR postal !~ '^[0-9]{5}$' THEN NULL
                WHEN left(postal, 2) = '20' THEN
                    CASE WHEN postal < '20200' THEN '2A' WHEN postal < '20700' THEN '2B' END
                WHEN left(postal, 2) = '97' THEN
                    CASE WHEN left(postal, 3) IN ('971', '972', '973', '974', '976') THEN left(postal, 3) END
                WHEN left(postal, 2) BETWEEN '01' AND '95' THEN left(postal, 2)
            END
            $$;

        CREATE FUNCTION stage_region_of(department text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$
            SELECT CASE
                WHEN department IN ('75','77','78','91','92','93','94','95') THEN '11'
                WHEN department IN ('18','28','36','37','41','45') THEN '24'
                WHEN department IN ('21','25','39','58','70','71','89','90') THEN '27'
                WHEN department IN ('14','27','50','61','76') THEN '28'
                WHEN department IN ('02','59','60','62','80') THEN '32'
                WHEN department IN ('08','10','51','52','54','55','57','67','68','88') THEN '44'
                WHEN department IN ('44','49','53','72','85') THEN '52'
                WHEN department IN ('22','29','35','56') THEN '53'
                WHEN department IN ('16','17','19','23','24','33','40','47','64','79','86','87') THEN '75'
                WHEN department IN ('09','11','12','30','31','32','34','46','48','65','66','81','82') THEN '76'
                WHEN department IN ('01','03','07','15','26','38','42','43','63','69','73','74') THEN '84'
                WHEN department IN ('04','05','06','13','83','84') THEN '93'
                WHEN department IN ('2A','2B') THEN '94'
                WHEN department = '971' THEN '01'
                WHEN department = '972' THEN '02'
                WHEN department = '973' THEN '03'
                WHEN department = '974' THEN '04'
                WHEN department = '976' THEN '06'
            END
            $$;

        CREATE FUNCTION stage_first_monday(weeks date[]) RETURNS date
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT min(w) FROM unnest(weeks) AS w $$;

        CREATE FUNCTION stage_last_friday(weeks date[]) RETURNS date
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT max(w) + 4 FROM unnest(weeks) AS w $$;

        CREATE FUNCTION stage_weeks_are_distinct_mondays(weeks date[]) RETURNS boolean
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$
            SELECT bool_and(extract(isodow FROM w) = 1) AND count(DISTINCT w) = count(*)
            FROM unnest(weeks) AS w
            $$;

        CREATE FUNCTION stage_offer_search_vector(title text, description text, employer_name text, employer_description text)
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
        """;

    /// <summary>
    /// Triggers keeping timestamps and the search vector current; event positions given at commit
    /// under one transaction-level lock, so that positions follow commit order (whoever sees position
    /// p sees every position before it, and resuming "after p" misses nothing), shared by every event
    /// table (the table's name is the notification's payload); offers notifying seat and status changes
    /// (ids only: a notification must stay small and is delivered on commit only).
    /// </summary>
    public const string Triggers = """
        CREATE FUNCTION stage_touch_updated_at() RETURNS trigger
            LANGUAGE plpgsql
            AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

        CREATE TRIGGER offers_touch_updated_at BEFORE UPDATE ON offers
            FOR EACH ROW EXECUTE FUNCTION stage_touch_updated_at();
        CREATE TRIGGER employers_touch_updated_at BEFORE UPDATE ON employers
            FOR EACH ROW EXECUTE FUNCTION stage_touch_updated_at();

        CREATE FUNCTION stage_offers_set_search_vector() RETURNS trigger
            LANGUAGE plpgsql
            AS $$
            BEGIN
                SELECT stage_offer_search_vector(NEW.title, NEW.description, e.name, e.description)
                  INTO NEW.search_vector
                  FROM employers e WHERE e.id = NEW.employer_id;
                RETURN NEW;
            END
            $$;

        CREATE TRIGGER offers_set_search_vector BEFORE INSERT OR UPDATE OF title, description, employer_id ON offers
            FOR EACH ROW EXECUTE FUNCTION stage_offers_set_search_vector();

        CREATE FUNCTION stage_employers_refresh_offer_search() RETURNS trigger
            LANGUAGE plpgsql
            AS $$
            BEGIN
                UPDATE offers
                   SET search_vector = stage_offer_search_vector(title, description, NEW.name, NEW.description)
                 WHERE employer_id = NEW.id;
                RETURN NULL;
            END
            $$;

        CREATE TRIGGER employers_refresh_offer_search AFTER UPDATE OF name, description ON employers
            FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.description IS DISTINCT FROM NEW.description)
            EXECUTE FUNCTION stage_employers_refresh_offer_search();

        CREATE SEQUENCE event_positions;

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

        CREATE CONSTRAINT TRIGGER agreement_events_publish
            AFTER INSERT ON agreement_events DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION stage_publish_event();
        """;

    /// <summary>
    /// A pupil never holds two confirmed internships on overlapping weeks, whatever the code does
    /// (an exclusion constraint, needs btree_gist). Start-date indexes per grade group: an offer is
    /// either for collège (4e, 3e) or for 2nde, and 2nde offers all start in June, so one index for both
    /// read every collège offer of a sector before the first 2nde one (22,000 rows for 21 results on a
    /// million offers); the search writes the grade conditions literally as these predicates.
    /// </summary>
    public const string ConstraintsAndIndexes = """
        ALTER TABLE applications ADD CONSTRAINT ex_applications_one_confirmed_per_period
            EXCLUDE USING gist (pupil_id WITH =, period WITH &&) WHERE (status = 'confirmed');
        CREATE INDEX ix_offers_published_lycee_sector_first_date ON offers (sector_id, first_date, id)
            WHERE status = 'published' AND grades = ARRAY['seconde']::grade[];
        CREATE INDEX ix_offers_published_college_sector_first_date ON offers (sector_id, first_date, id)
            WHERE status = 'published' AND grades <> ARRAY['seconde']::grade[];
        CREATE INDEX ix_offers_published_lycee_first_date ON offers (first_date, id)
            WHERE status = 'published' AND grades = ARRAY['seconde']::grade[];
        CREATE INDEX ix_offers_published_college_first_date ON offers (first_date, id)
            WHERE status = 'published' AND grades <> ARRAY['seconde']::grade[];
        """;

    public const string Drop = """
        DROP SEQUENCE IF EXISTS event_positions;
        DROP FUNCTION IF EXISTS stage_publish_event();
        DROP FUNCTION IF EXISTS stage_notify_offer_seats();
        DROP FUNCTION IF EXISTS stage_employers_refresh_offer_search();
        DROP FUNCTION IF EXISTS stage_offers_set_search_vector();
        DROP FUNCTION IF EXISTS stage_touch_updated_at();
        DROP FUNCTION IF EXISTS stage_offer_search_vector(text, text, text, text);
        DROP FUNCTION IF EXISTS stage_weeks_are_distinct_mondays(date[]);
        DROP FUNCTION IF EXISTS stage_last_friday(date[]);
        DROP FUNCTION IF EXISTS stage_first_monday(date[]);
        DROP FUNCTION IF EXISTS stage_region_of(text);
        DROP FUNCTION IF EXISTS stage_department_of(text, text);
        DROP FUNCTION IF EXISTS stage_unaccent(text);
        """;
}

namespace Stage.Api.Data.Migrations;

/// <summary>
/// SQL of the initial migration that EF cannot express: the immutable functions behind generated
/// columns and CHECK constraints, and the triggers keeping the search vector and timestamps current.
/// Frozen with the migration: later changes go into new migrations.
/// </summary>
internal static class InitialSchemaSql
{
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
            SELECT setweight(to_tsvector('french', stage_unaccent(coalesce(title, ''))), 'A')
                || setweight(to_tsvector('french', stage_unaccent(coalesce(description, ''))), 'B')
                || setweight(to_tsvector('french', stage_unaccent(coalesce(employer_name, '') || ' ' || coalesce(employer_description, ''))), 'C')
            $$;
        """;

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
        """;

    public const string DropFunctions = """
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

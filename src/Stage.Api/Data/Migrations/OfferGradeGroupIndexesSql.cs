namespace Stage.Api.Data.Migrations;

/// <summary>
/// Start-date indexes per grade group. An offer is either for collège (4e, 3e) or for 2nde, and 2nde
/// offers all start in June: scanning one index for both read every collège offer of a sector before
/// the first 2nde one (22,000 rows for 21 results on a million offers). The search writes the grade
/// conditions literally as these predicates. Frozen with the migration.
/// </summary>
internal static class OfferGradeGroupIndexesSql
{
    public const string Up = """
        CREATE INDEX ix_offers_published_lycee_sector_first_date ON offers (sector_id, first_date, id)
            WHERE status = 'published' AND grades = ARRAY['seconde']::grade[];
        CREATE INDEX ix_offers_published_college_sector_first_date ON offers (sector_id, first_date, id)
            WHERE status = 'published' AND grades <> ARRAY['seconde']::grade[];
        CREATE INDEX ix_offers_published_lycee_first_date ON offers (first_date, id)
            WHERE status = 'published' AND grades = ARRAY['seconde']::grade[];
        CREATE INDEX ix_offers_published_college_first_date ON offers (first_date, id)
            WHERE status = 'published' AND grades <> ARRAY['seconde']::grade[];
        """;

    public const string Down = """
        DROP INDEX IF EXISTS ix_offers_published_lycee_sector_first_date;
        DROP INDEX IF EXISTS ix_offers_published_college_sector_first_date;
        DROP INDEX IF EXISTS ix_offers_published_lycee_first_date;
        DROP INDEX IF EXISTS ix_offers_published_college_first_date;
        """;
}

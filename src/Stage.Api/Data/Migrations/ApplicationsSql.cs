namespace Stage.Api.Data.Migrations;

/// <summary>What EF cannot express in the Applications migration. Frozen with it.</summary>
internal static class ApplicationsSql
{
    /// <summary>
    /// A pupil never holds two confirmed internships on overlapping weeks, whatever the code does:
    /// an exclusion constraint over the pupil and the application's period (needs btree_gist).
    /// </summary>
    public const string Up = """
        ALTER TABLE applications ADD CONSTRAINT ex_applications_one_confirmed_per_period
            EXCLUDE USING gist (pupil_id WITH =, period WITH &&) WHERE (status = 'confirmed');
        """;

    public const string Down = "ALTER TABLE applications DROP CONSTRAINT IF EXISTS ex_applications_one_confirmed_per_period;";
}

using Stage.Api.Offers;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Data.Seed;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Data;

public sealed class DemoDataSeederTests(DemoDataSeederTests.Seeded2000 seeded) : IClassFixture<DemoDataSeederTests.Seeded2000>
{
    private const string OffersFingerprint =
        "SELECT md5(string_agg(title || seats || weeks::text || ST_AsText(location::geometry), '|' ORDER BY id)) FROM offers";

    [Fact]
    public async Task Seeding_2000_offers_gives_every_sector_host_kind_and_grade()
    {
        await using var connection = await OpenAsync(seeded.Database);

        Assert.Equal(2_000, await ScalarAsync<long>(connection, "SELECT count(*) FROM offers"));
        Assert.Equal(51, await ScalarAsync<long>(connection, "SELECT count(DISTINCT sector_id) FROM offers"));
        Assert.Equal(6, await ScalarAsync<long>(connection,
            "SELECT count(DISTINCT e.kind) FROM offers o JOIN employers e ON e.id = o.employer_id"));
        Assert.Equal(3, await ScalarAsync<long>(connection, "SELECT count(DISTINCT g) FROM offers, unnest(grades) AS g"));
        Assert.Equal(0, await ScalarAsync<long>(connection, "SELECT count(*) FROM offers o LEFT JOIN offer_search s ON s.id = o.id WHERE s.search_vector IS NULL"));
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE operator_id IS NOT NULL") > 0);
    }

    [Fact]
    public async Task Seconde_offers_are_a_large_share_all_on_the_periods_of_the_seeding_days_school_year_and_the_next()
    {
        await using var connection = await OpenAsync(seeded.Database);

        var seconde = await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE grades = '{seconde}'");
        Assert.True(seconde >= 600, $"{seconde} seconde offers out of 2000");
        // Seeded on 2026-12-07: the 2027 period (published rule: 14 and 21 June) and the 2028 one (19 and 26 June).
        Assert.Equal(0, await ScalarAsync<long>(connection,
            "SELECT count(*) FROM offers WHERE grades = '{seconde}' AND NOT (weeks <@ '{2027-06-14,2027-06-21}'::date[] OR weeks <@ '{2028-06-19,2028-06-26}'::date[])"));
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE grades = '{seconde}' AND first_date = '2027-06-14'") > 0);
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE grades = '{seconde}' AND first_date >= '2028-06-19'") > 0);
    }

    [Fact]
    public async Task College_offers_are_in_the_school_year_of_the_seeding_day_or_the_next_some_already_past_none_in_holidays()
    {
        await using var connection = await OpenAsync(seeded.Database);

        Assert.Equal(0, await ScalarAsync<long>(connection,
            "SELECT count(*) FROM offers WHERE grades <> '{seconde}' AND (first_date < '2026-09-14' OR last_date > '2028-06-30' "
            + "OR (first_date < '2027-09-01' AND last_date > '2027-07-01'))"));
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE grades <> '{seconde}' AND last_date < '2026-12-07'") > 0);
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE grades <> '{seconde}' AND first_date > '2027-09-01'") > 0);
        // Autumn (19 and 26 October 2026) and Christmas (21 and 28 December 2026) holidays.
        Assert.Equal(0, await ScalarAsync<long>(connection,
            "SELECT count(*) FROM offers WHERE weeks && '{2026-10-19,2026-10-26,2026-12-21,2026-12-28}'::date[]"));
        Assert.Equal(0, await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE created_at >= '2026-12-07'"));
    }

    [Fact]
    public async Task Every_offers_search_vector_holds_the_words_and_weights_of_its_whole_text_parsed_at_once()
    {
        await using var connection = await OpenAsync(seeded.Database);

        // The vector as it was computed before the employer's part was kept on the employer: the whole text parsed per offer.
        Assert.Equal(0, await ScalarAsync<long>(connection, """
            WITH whole AS (
                SELECT o.id, s.search_vector AS kept,
                       setweight(to_tsvector('french', t), 'A') || setweight(to_tsvector('french', d), 'B')
                       || setweight(to_tsvector('french', e), 'C') || setweight(to_tsvector('simple', t || ' ' || d || ' ' || e), 'D') AS parsed
                FROM offers o JOIN offer_search s ON s.id = o.id JOIN employers em ON em.id = o.employer_id,
                     LATERAL (SELECT stage_unaccent(o.title) AS t, stage_unaccent(o.description) AS d,
                                     stage_unaccent(em.name || ' ' || coalesce(em.description, '')) AS e) AS texts
                WHERE o.id % 7 = 0)
            SELECT count(*) FROM whole
            WHERE EXISTS (SELECT u.lexeme, w FROM unnest(kept) u, unnest(u.weights) w EXCEPT SELECT u.lexeme, w FROM unnest(parsed) u, unnest(u.weights) w)
               OR EXISTS (SELECT u.lexeme, w FROM unnest(parsed) u, unnest(u.weights) w EXCEPT SELECT u.lexeme, w FROM unnest(kept) u, unnest(u.weights) w)
            """));
    }

    [Fact]
    public async Task Offers_abroad_are_seconde_offers_without_departement()
    {
        await using var connection = await OpenAsync(seeded.Database);

        Assert.True(await ScalarAsync<long>(connection,
            "SELECT count(*) FROM offers WHERE country_code <> 'FR' AND department_code IS NULL AND region_code IS NULL") > 0);
        Assert.Equal(0, await ScalarAsync<long>(connection,
            "SELECT count(*) FROM offers WHERE country_code <> 'FR' AND grades <> '{seconde}'"));
    }

    [Fact]
    public async Task Offers_reach_every_departement_overseas_included_each_in_a_real_commune_of_it()
    {
        await using var connection = await OpenAsync(seeded.Database);

        Assert.Equal(101, await ScalarAsync<long>(connection, "SELECT count(DISTINCT department_code) FROM offers"));
        Assert.Equal(0, await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE country_code = 'FR' AND commune_code IS NULL"));
        // Each offer's commune is one of its département, serving its postal code, a few kilometres from its point.
        Assert.Equal(0, await ScalarAsync<long>(connection, """
            SELECT count(*) FROM offers o LEFT JOIN communes c ON c.code = o.commune_code
            WHERE o.country_code = 'FR' AND (c.code IS NULL OR c.department_code <> o.department_code
                OR NOT o.postal_code = ANY (c.postal_codes) OR ST_Distance(c.location, o.location) > 3100 OR o.location_precision <> 'address')
            """));
        // Weighted by population: Île-de-France holds 18 % of the population.
        var ileDeFrance = await ScalarAsync<long>(connection, "SELECT count(*) FROM offers WHERE region_code = '11'");
        Assert.InRange(ileDeFrance, 2_000 * 0.08, 2_000 * 0.35);
    }

    [Fact]
    public async Task Schools_get_pupils_of_their_grades_and_teaching_teams()
    {
        await using var connection = await OpenAsync(seeded.Database);

        Assert.Equal(50, await ScalarAsync<long>(connection, "SELECT count(*) FROM schools"));
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM pupils") >= 200);
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(*) FROM staff_members") >= 150);
        Assert.Equal(0, await ScalarAsync<long>(connection, """
            SELECT count(*) FROM pupils p JOIN schools s ON s.id = p.school_id
            WHERE (s.kind = 'lycee') <> (p.grade = 'seconde')
            """));
        Assert.Equal(0, await ScalarAsync<long>(connection,
            "SELECT count(*) FROM schools s WHERE NOT EXISTS (SELECT 1 FROM staff_members m WHERE m.school_id = s.id AND m.role = 'school_head')"));
        Assert.Equal(
            await ScalarAsync<long>(connection, "SELECT (SELECT count(*) FROM pupils) + (SELECT count(*) FROM staff_members)"),
            await ScalarAsync<long>(connection, "SELECT count(*) FROM accounts"));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_offers_in_two_fresh_databases()
    {
        await using var first = await StageMigrations.CreateDatabaseAsync();
        await using var second = await StageMigrations.CreateDatabaseAsync();
        await SeedAsync(first, new SeedOptions(Offers: 1_500, Seed: 7, Today: Seeded2000.SeedingDay));
        await SeedAsync(second, new SeedOptions(Offers: 1_500, Seed: 7, Today: Seeded2000.SeedingDay));

        await using var one = await OpenAsync(first);
        await using var other = await OpenAsync(second);
        var fingerprint = await ScalarAsync<string>(one, OffersFingerprint);
        Assert.Matches("^[0-9a-f]{32}$", fingerprint);
        Assert.Equal(fingerprint, await ScalarAsync<string>(other, OffersFingerprint));
    }

    [Fact]
    public async Task Another_seed_gives_other_offers()
    {
        await using var first = await StageMigrations.CreateDatabaseAsync();
        await using var second = await StageMigrations.CreateDatabaseAsync();
        await SeedAsync(first, new SeedOptions(Offers: 300, Seed: 7));
        await SeedAsync(second, new SeedOptions(Offers: 300, Seed: 8));

        await using var one = await OpenAsync(first);
        await using var other = await OpenAsync(second);
        Assert.NotEqual(await ScalarAsync<string>(one, OffersFingerprint), await ScalarAsync<string>(other, OffersFingerprint));
    }

    [Fact]
    public async Task If_empty_adds_nothing_the_second_time()
    {
        await using var database = await StageMigrations.CreateDatabaseAsync();
        await SeedAsync(database, new SeedOptions(Offers: 500, Seed: 7, IfEmpty: true));
        await SeedAsync(database, new SeedOptions(Offers: 500, Seed: 7, IfEmpty: true));
        await using var connection = await OpenAsync(database);

        Assert.Equal(500, await ScalarAsync<long>(connection, "SELECT count(*) FROM offers"));
        Assert.Equal(20, await ScalarAsync<long>(connection, "SELECT count(*) FROM schools"));
    }

    [Fact]
    public async Task A_second_seed_adds_offers_and_people_without_collisions()
    {
        await using var database = await StageMigrations.CreateDatabaseAsync();
        await SeedAsync(database, new SeedOptions(Offers: 800, Seed: 7));
        await SeedAsync(database, new SeedOptions(Offers: 800, Seed: 7));
        await using var connection = await OpenAsync(database);

        Assert.Equal(1_600, await ScalarAsync<long>(connection, "SELECT count(*) FROM offers"));
        Assert.Equal(40, await ScalarAsync<long>(connection, "SELECT count(DISTINCT uai) FROM schools"));
        Assert.Equal(6, await ScalarAsync<long>(connection, "SELECT count(*) FROM operators"));
        Assert.Equal(
            await ScalarAsync<long>(connection, "SELECT count(*) FROM employers WHERE siret IS NOT NULL"),
            await ScalarAsync<long>(connection, "SELECT count(DISTINCT siret) FROM employers"));
        // The second run is not a copy of the first, and new rows still get fresh ids from the sequences.
        Assert.True(await ScalarAsync<long>(connection, "SELECT count(DISTINCT title || city || street) FROM offers") > 1_000);
        Assert.Equal(1_601, await ScalarAsync<long>(connection,
            "INSERT INTO offers (title, description, sector_id, employer_id, grades, weeks, seats, status, street, postal_code, city, latitude, longitude) "
            + "SELECT 't', 'd', 1, min(id), '{seconde}', '{2026-06-15}', 1, 'published', 's', '75001', 'Paris', 48.85, 2.35 FROM employers RETURNING id"));
    }

    [Fact]
    public void Parse_reads_the_options_and_keeps_defaults()
    {
        Assert.Equal(new SeedOptions(20_000, 42, false), SeedOptions.Parse([]));
        Assert.Equal(new SeedOptions(1_000_000, 7, true), SeedOptions.Parse(["--offers", "1000000", "--seed", "7", "--if-empty"]));
        Assert.Equal(new SeedOptions(0, 42, true), SeedOptions.Parse(["--if-empty", "--offers", "0"]));
    }

    [Theory]
    [InlineData("--offer", "10")]
    [InlineData("--offers", "ten")]
    [InlineData("--offers", "-1")]
    [InlineData("--offers", "5000001")]
    [InlineData("--offers", "1e6")]
    [InlineData("--seed", "")]
    [InlineData("--offers")]
    [InlineData("--today", "2026-13-01")]
    [InlineData("--today", "07/12/2026")]
    [InlineData("--today")]
    [InlineData("10")]
    public void Parse_rejects_bad_arguments(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => SeedOptions.Parse(args));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    /// <summary>One database seeded with 2,000 offers (seed 7) on 2026-12-07, shared by the tests that only read it.</summary>
    public sealed class Seeded2000 : IAsyncLifetime
    {
        public static readonly DateOnly SeedingDay = new(2026, 12, 7);

        public TestDatabase Database { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Database = await StageMigrations.CreateDatabaseAsync();
            await SeedAsync(Database, new SeedOptions(Offers: 2_000, Seed: 7, Today: SeedingDay));
        }

        public async Task DisposeAsync() => await Database.DisposeAsync();
    }

    private static async Task SeedAsync(TestDatabase database, SeedOptions options)
    {
        await using var dataSource = StageDataSource.Create(database.ConnectionString);
        await new DemoDataSeeder(dataSource, SchoolCalendar.System, NullLogger<DemoDataSeeder>.Instance).SeedAsync(options, CancellationToken.None);
    }

    private static async Task<NpgsqlConnection> OpenAsync(TestDatabase database)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }
}

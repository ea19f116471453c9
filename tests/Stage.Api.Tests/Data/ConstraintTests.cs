using Npgsql;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Data;

/// <summary>The database itself refuses rows that break the domain's rules, whatever code writes them.</summary>
public sealed class ConstraintTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string InsertOffer = """
        INSERT INTO offers (title, description, sector_id, employer_id, grades, weeks, seats, seats_taken, status,
                            street, postal_code, city, country_code, latitude, longitude)
        VALUES (@title, 'Une semaine au fournil.', 28, @employer, @grades::grade[], @weeks::date[], @seats, @taken,
                'published', '1 rue de la Paix', @postal, 'Paris', @country,
                @lat, @lon)
        RETURNING id
        """;

    [Theory]
    [InlineData("seats", 0, "ck_offers_seats")]
    [InlineData("seats", 6001, "ck_offers_seats")]
    [InlineData("taken", 4, "ck_offers_seats_taken")]
    [InlineData("taken", -1, "ck_offers_seats_taken")]
    [InlineData("lat", 91, "ck_offers_coordinates")]
    [InlineData("lat", -90.5, "ck_offers_coordinates")]
    [InlineData("lon", 181, "ck_offers_coordinates")]
    [InlineData("lon", -180.01, "ck_offers_coordinates")]
    public async Task Offers_out_of_range_are_refused(string column, double value, string constraint)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => InsertOfferAsync(p => p[column].Value = value));
        AssertViolates(error, constraint);
    }

    [Fact]
    public async Task Null_island_is_refused() =>
        AssertViolates(await Assert.ThrowsAsync<PostgresException>(() => InsertOfferAsync(p =>
        {
            p["lat"].Value = 0.0;
            p["lon"].Value = 0.0;
        })), "ck_offers_coordinates");

    [Theory]
    [InlineData("{quatrieme,seconde}")]
    [InlineData("{troisieme,seconde}")]
    [InlineData("{}")]
    public async Task College_and_lycee_grades_cannot_be_mixed(string grades) =>
        AssertViolates(await Assert.ThrowsAsync<PostgresException>(() => InsertOfferAsync(p => p["grades"].Value = grades)), "ck_offers_grades");

    [Theory]
    [InlineData("{2026-06-16}")]
    [InlineData("{2026-06-15,2026-06-15}")]
    public async Task Weeks_must_be_distinct_mondays(string weeks) =>
        AssertViolates(await Assert.ThrowsAsync<PostgresException>(() => InsertOfferAsync(p => p["weeks"].Value = weeks)), "ck_offers_weeks");

    [Fact]
    public async Task An_offer_needs_at_least_one_week() =>
        Assert.Equal(PostgresErrorCodes.NotNullViolation,
            (await Assert.ThrowsAsync<PostgresException>(() => InsertOfferAsync(p => p["weeks"].Value = "{}"))).SqlState);

    [Theory]
    [InlineData("7501")]
    [InlineData("00100")]
    [InlineData("97500")]
    public async Task French_offers_need_a_postal_code_of_a_departement(string postal) =>
        AssertViolates(await Assert.ThrowsAsync<PostgresException>(() => InsertOfferAsync(p => p["postal"].Value = postal)),
            "ck_offers_french_postal_code");

    [Fact]
    public async Task Blank_titles_are_refused() =>
        AssertViolates(await Assert.ThrowsAsync<PostgresException>(() => InsertOfferAsync(p => p["title"].Value = "   ")),
            "ck_offers_title_not_blank");

    [Theory]
    [InlineData("20000", "FR", "2A", "94")]
    [InlineData("20200", "FR", "2B", "94")]
    [InlineData("97400", "FR", "974", "04")]
    [InlineData("97110", "FR", "971", "01")]
    [InlineData("69001", "FR", "69", "84")]
    [InlineData("1000", "BE", null, null)]
    public async Task Departement_and_region_are_derived_from_the_postal_code(string postal, string country, string? department, string? region)
    {
        var id = await InsertOfferAsync(p =>
        {
            p["postal"].Value = postal;
            p["country"].Value = country;
        });
        await using var connection = await api.OpenConnectionAsync();
        await using var read = new NpgsqlCommand("SELECT department_code, region_code, first_date, last_date, remaining_seats FROM offers WHERE id = $1", connection)
        {
            Parameters = { new() { Value = id } },
        };
        await using var reader = await read.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(department, reader.IsDBNull(0) ? null : reader.GetString(0));
        Assert.Equal(region, reader.IsDBNull(1) ? null : reader.GetString(1));
        Assert.Equal(new DateOnly(2026, 6, 15), reader.GetFieldValue<DateOnly>(2));
        Assert.Equal(new DateOnly(2026, 6, 26), reader.GetFieldValue<DateOnly>(3));
        Assert.Equal(2, reader.GetInt32(4));
    }

    [Fact]
    public async Task The_search_vector_follows_the_offer_and_its_employer()
    {
        var id = await InsertOfferAsync(p => p["title"].Value = "Découverte de la boulangerie");
        await using var connection = await api.OpenConnectionAsync();
        Assert.True(await MatchesAsync(connection, id, "boulanger:*"));
        Assert.True(await MatchesAsync(connection, id, "decouverte"));
        Assert.False(await MatchesAsync(connection, id, "patisserie"));

        await ExecuteAsync(connection, "UPDATE employers SET description = 'Pâtisserie fine' WHERE id = (SELECT employer_id FROM offers WHERE id = $1)", id);
        Assert.True(await MatchesAsync(connection, id, "patisserie"));
    }

    [Fact]
    public async Task Duplicate_uai_and_ine_are_refused()
    {
        await using var connection = await api.OpenConnectionAsync();
        const string School = "INSERT INTO schools (uai, name, kind, street, postal_code, city, latitude, longitude) VALUES ('0759999Z', 'Collège Test', 'college', '1 rue', '75012', 'Paris', 48.84, 2.39) RETURNING id";
        var schoolId = (long)(await new NpgsqlCommand(School, connection).ExecuteScalarAsync())!;
        AssertViolates(await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(School, connection).ExecuteScalarAsync()), "ix_schools_uai");

        const string Pupil = "INSERT INTO pupils (ine, first_name, last_name, grade, class_name, school_id, birth_date) VALUES ('123456789AB', 'Léa', 'Martin', 'troisieme', '3e B', $1, '2011-03-02')";
        await ExecuteAsync(connection, Pupil, schoolId);
        AssertViolates(await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, Pupil, schoolId)), "ix_pupils_ine");
    }

    [Theory]
    [InlineData("075123A")]
    [InlineData("0751234a")]
    public async Task Malformed_uai_is_refused(string uai)
    {
        await using var connection = await api.OpenConnectionAsync();
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection,
            "INSERT INTO schools (uai, name, kind, street, postal_code, city, latitude, longitude) VALUES ($1, 'X', 'lycee', '1 rue', '75012', 'Paris', 48.84, 2.39)", uai));
        AssertViolates(error, "ck_schools_uai");
    }

    [Fact]
    public async Task An_account_links_exactly_what_its_kind_says()
    {
        await using var connection = await api.OpenConnectionAsync();
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection,
            "INSERT INTO accounts (issuer, subject, kind) VALUES ('https://idp.example', $1, 'pupil')", "sub-1"));
        AssertViolates(error, "ck_accounts_link_matches_kind");
        await ExecuteAsync(connection, "INSERT INTO accounts (issuer, subject, kind) VALUES ('https://idp.example', $1, 'admin')", "admin-1");
    }

    private static void AssertViolates(PostgresException error, string constraint)
    {
        Assert.Contains(error.SqlState, new[] { PostgresErrorCodes.CheckViolation, PostgresErrorCodes.UniqueViolation });
        Assert.Equal(constraint, error.ConstraintName);
    }

    private async Task<long> InsertOfferAsync(Action<NpgsqlParameterCollection> adjust)
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(InsertOffer, connection);
        command.Parameters.AddWithValue("title", "Découverte du fournil");
        command.Parameters.AddWithValue("employer", employer.Id);
        command.Parameters.AddWithValue("grades", "{seconde}");
        command.Parameters.AddWithValue("weeks", "{2026-06-15,2026-06-22}");
        command.Parameters.AddWithValue("seats", 2);
        command.Parameters.AddWithValue("taken", 0);
        command.Parameters.AddWithValue("postal", "75002");
        command.Parameters.AddWithValue("country", "FR");
        command.Parameters.AddWithValue("lon", 2.3319);
        command.Parameters.AddWithValue("lat", 48.8687);
        adjust(command.Parameters);
        foreach (var name in new[] { "seats", "taken" })
        {
            command.Parameters[name].Value = Convert.ToInt32(command.Parameters[name].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var name in new[] { "lat", "lon" })
        {
            command.Parameters[name].Value = Convert.ToDouble(command.Parameters[name].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<bool> MatchesAsync(NpgsqlConnection connection, long id, string query)
    {
        await using var command = new NpgsqlCommand("SELECT search_vector @@ to_tsquery('french', $2) FROM offer_search WHERE id = $1", connection)
        {
            Parameters = { new() { Value = id }, new() { Value = query } },
        };
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, object parameter)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = parameter } } };
        await command.ExecuteNonQueryAsync();
    }
}

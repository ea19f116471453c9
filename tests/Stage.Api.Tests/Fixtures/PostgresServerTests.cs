using System.Globalization;
using Npgsql;

namespace Stage.Api.Tests.Fixtures;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task TestDatabase_has_PostGIS_and_round_trips_a_geography_point()
    {
        await using var database = await TestDatabase.CreateAsync(MigrateAsync);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        await ExecuteAsync(connection, "INSERT INTO t (id, g) VALUES (1, 'SRID=4326;POINT(13.405 52.52)')");

        Assert.Equal("POINT(13.405 52.52)", await ScalarAsync(connection, "SELECT ST_AsText(g) FROM t WHERE id = 1"));
        var version = await ScalarAsync(connection, "SELECT postgis_version()");
        Assert.StartsWith("3.", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrently_created_test_databases_are_isolated()
    {
        var created = await Task.WhenAll(TestDatabase.CreateAsync(MigrateAsync), TestDatabase.CreateAsync(MigrateAsync));
        await using var first = created[0];
        await using var second = created[1];
        Assert.NotEqual(first.Name, second.Name);

        await using var one = new NpgsqlConnection(first.ConnectionString);
        await one.OpenAsync();
        await ExecuteAsync(one, "INSERT INTO t (id, g) VALUES (1, 'SRID=4326;POINT(0 0)')");
        await using var other = new NpgsqlConnection(second.ConnectionString);
        await other.OpenAsync();

        Assert.Equal("1", await ScalarAsync(one, "SELECT count(*) FROM t"));
        Assert.Equal("0", await ScalarAsync(other, "SELECT count(*) FROM t"));
    }

    private static async Task MigrateAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(
            connection,
            "CREATE EXTENSION IF NOT EXISTS postgis; CREATE TABLE t(id int primary key, g geography(Point,4326));");
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}

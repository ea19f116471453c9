using System.Globalization;
using Npgsql;

namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// The process-wide PostgreSQL server (with PostGIS) used by tests: the server named by STAGE_TEST_DATABASE,
/// or else a throwaway cluster in /tmp/stage-test-pg-*, started on first use and removed when the process exits.
/// </summary>
public static class PostgresServer
{
    private const string EnvironmentVariable = "STAGE_TEST_DATABASE";

    internal const string InstallHint = "Install PostgreSQL 15 with PostGIS (apt-get install postgresql-15-postgis-3), "
        + "or set " + EnvironmentVariable + " to a superuser connection string of a server that has PostGIS.";

    private static readonly Lazy<Task<string>> Server = new(() => Task.Run(Start), LazyThreadSafetyMode.ExecutionAndPublication);

    internal static bool UsesExternalServer => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Superuser connection string to database <c>postgres</c>; starts the server on first call.</summary>
    public static Task<string> GetAdminConnectionStringAsync() => Server.Value;

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    internal static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string Start()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(
            UsesExternalServer ? Environment.GetEnvironmentVariable(EnvironmentVariable) : LocalPostgresCluster.Start())
        {
            IncludeErrorDetail = true,
        }.ConnectionString;

        // Missing PostGIS must fail every database test loudly, never skip them.
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'", connection);
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            throw new InvalidOperationException($"PostGIS is not available on the test PostgreSQL server. {InstallHint}");
        }

        return connectionString;
    }
}

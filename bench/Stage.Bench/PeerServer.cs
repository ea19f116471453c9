using System.Diagnostics;
using Npgsql;

namespace Stage.Bench;

/// <summary>
/// The peer a search benchmark is compared with (<c>--peer postgraphile</c>): PostGraphile 4.14.1 with its PostGIS and
/// connection-filter plugins (bench/peer: package-lock.json pins every version, server.js its production options), as
/// its own Node.js process on a free loopback port, on the same database as Stage. Before it starts, the benchmark
/// creates the custom queries of bench/peer/postgraphile_peer.sql in the database's schema <c>postgraphile_peer</c>.
/// </summary>
public static class PeerServer
{
    public const string PostGraphile = "postgraphile";

    /// <summary>The packages whose installed versions the report names.</summary>
    private static readonly string[] Packages =
    [
        "postgraphile", "@graphile/postgis", "postgraphile-plugin-connection-filter", "postgraphile-plugin-connection-filter-postgis",
        "@graphile-contrib/pg-simplify-inflector", "pg",
    ];

    private const string Schema = "postgraphile_peer.sql";

    public static string Folder => Path.Combine(BenchOptions.RepositoryRoot(), "bench", "peer");

    /// <summary>The name <c>--peer</c> takes; only PostGraphile is known.</summary>
    public static string Parse(string name) => name == PostGraphile
        ? name
        : throw new ArgumentException($"Unknown peer '{name}': '{PostGraphile}' is the one known.");

    /// <summary>What the report says the peer is: the versions installed (bench/peer/node_modules) and its configuration.</summary>
    public static string Describe() =>
        string.Join(", ", Packages.Select(p => $"{p} {InstalledVersion(p)}")) +
        "; Node.js, library mode, production options (no GraphiQL, no watch, no query log, default mutations off), " +
        "a pool of 20 connections, statements prepared by name (graphile-build-pg's default), " +
        "custom queries in schema postgraphile_peer (bench/peer/postgraphile_peer.sql)";

    public static async Task<ApiHost> StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "postgraphile")))
        {
            throw new InvalidOperationException($"PostGraphile is not installed: run `npm ci --prefix {Folder}` (./stage bench does).");
        }

        var database = new NpgsqlConnectionStringBuilder(connectionString);
        Log.Step($"{database.Database}: creating the peer's custom queries ({Schema})");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(await File.ReadAllTextAsync(Path.Combine(Folder, Schema), cancellationToken), connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var port = ApiHost.FreePort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder };
        start.ArgumentList.Add(Path.Combine(Folder, "server.js"));
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["NODE_ENV"] = "production";
        start.Environment["PGHOST"] = database.Host;
        start.Environment["PGPORT"] = database.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = database.Username;
        start.Environment["PGPASSWORD"] = database.Password ?? "";
        start.Environment["PGDATABASE"] = database.Database;
        Log.Step($"starting PostGraphile on {database.Database}");
        var peer = await ApiHost.LaunchAsync(start, new Uri($"http://127.0.0.1:{port}/graphql"), "PostGraphile", cancellationToken);
        Log.Step($"PostGraphile ready at {peer.Endpoint}");
        return peer;
    }

    private static string InstalledVersion(string package)
    {
        var path = Path.Combine(Folder, "node_modules", package, "package.json");
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        return manifest.RootElement.GetProperty("version").GetString() ?? "?";
    }
}

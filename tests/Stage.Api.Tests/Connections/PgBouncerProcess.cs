using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Connections;

/// <summary>
/// Debian's PgBouncer (installed by <c>./stage test</c>) in transaction pooling in front of a PostgreSQL server, on a loopback
/// port, configured as README "Connections" says; stopped with the test. PgBouncer refuses to run as root, so a root
/// test run starts it as the postgres OS user.
/// </summary>
public sealed class PgBouncerProcess : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/pgbouncer";

    private readonly Process _process;
    private readonly string _folder;

    private PgBouncerProcess(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string LogFile => Path.Combine(_folder, "pgbouncer.log");

    /// <summary>
    /// A connection string to <paramref name="database"/> through the pooler, with what Npgsql needs there: no prepared
    /// statements (PgBouncer 1.18 does not carry them in transaction pooling), no reset on close.
    /// </summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, NoResetOnClose = true, MaxAutoPrepare = 0, Timeout = 5,
    }.ConnectionString;

    public static async Task<PgBouncerProcess> StartAsync(string serverConnectionString)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: ./stage test installs Debian's pgbouncer package (apt-get install pgbouncer).");
        }

        var server = new NpgsqlConnectionStringBuilder(serverConnectionString);
        var folder = Path.Combine("/tmp", "stage-test-pgbouncer-" + RandomNumberGenerator.GetHexString(12, lowercase: true));
        Directory.CreateDirectory(folder);
        var port = LocalPostgresCluster.FreePort();
        await File.WriteAllTextAsync(Path.Combine(folder, "userlist.txt"), "\"postgres\" \"\"\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "pgbouncer.ini"), $"""
            [databases]
            * = host={server.Host} port={server.Port} connect_query='SET jit = off; SET max_parallel_workers_per_gather = 0'
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = trust
            auth_file = {folder}/userlist.txt
            pool_mode = transaction
            default_pool_size = 10
            max_client_conn = 500
            ignore_startup_parameters = extra_float_digits,options
            logfile = {folder}/pgbouncer.log
            """);
        var asPostgres = Environment.UserName == "root";
        if (asPostgres)
        {
            using var chown = Process.Start("chown", ["-R", "postgres:postgres", folder]);
            await chown.WaitForExitAsync();
        }

        var info = new ProcessStartInfo(asPostgres ? "runuser" : Binary) { UseShellExecute = false, WorkingDirectory = "/tmp", RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])(asPostgres ? ["-u", "postgres", "--", Binary, Path.Combine(folder, "pgbouncer.ini")] : [Path.Combine(folder, "pgbouncer.ini")]))
        {
            info.ArgumentList.Add(argument);
        }

        var bouncer = new PgBouncerProcess(Process.Start(info)!, folder, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return bouncer;
            }
            catch (SocketException) when (!bouncer._process.HasExited)
            {
                await Task.Delay(100);
            }
        }

        var log = File.Exists(bouncer.LogFile) ? await File.ReadAllTextAsync(bouncer.LogFile) : "(no log)";
        await bouncer.DisposeAsync();
        throw new InvalidOperationException($"PgBouncer did not start on port {port}:\n{log}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: /tmp is cleaned anyway.
        }
    }
}

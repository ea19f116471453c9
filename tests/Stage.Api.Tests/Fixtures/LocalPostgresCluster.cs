using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Stage.Api.Tests.Fixtures;

/// <summary>A throwaway PostgreSQL cluster in /tmp/stage-test-pg-*, living as long as the test process.</summary>
internal static class LocalPostgresCluster
{
    private const string FolderPrefix = "stage-test-pg-";

    // `dotnet test` kills the test host ~100 ms after the run, cutting ProcessExit handlers short, so a detached
    // watchdog (arguments: owner pid, pg_ctl, folder, optional runuser prefix) cleans up once the owner is gone.
    private const string WatchdogScript = """
        exec </dev/null >/dev/null 2>&1
        owner=$1; pg_ctl=$2; root=$3; shift 3
        while kill -0 "$owner"; do sleep 1; done
        "$@" "$pg_ctl" -D "$root/data" -m immediate -w stop
        rm -rf "$root"
        """;

    // initdb refuses to run as root, so a root test run drives the cluster as the postgres OS user.
    private static readonly string[] AsPostgres = Environment.UserName == "root" ? ["runuser", "-u", "postgres", "--"] : [];

    public static string Start() => StartCluster("").ConnectionString;

    /// <summary>
    /// Starts a cluster of its own (e.g. for a test that stops and restarts it); <paramref name="settings"/>
    /// (<c>-c name=value ...</c>) override the defaults below.
    /// </summary>
    public static LocalCluster StartCluster(string settings)
    {
        var pgCtl = Path.Combine(FindBinDirectory(), "pg_ctl");
        RemoveStaleFolders(pgCtl);
        var root = Path.Combine("/tmp", FolderPrefix + RandomNumberGenerator.GetHexString(12, lowercase: true));
        Directory.CreateDirectory(root);
        var owner = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(root, "owner.pid"), owner);
        Run(["setsid", "-f", "sh", "-c", WatchdogScript, "stage-test-pg-watchdog", owner, pgCtl, root, .. AsPostgres]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Destroy(pgCtl, root);
        if (AsPostgres.Length > 0)
        {
            Run(["chown", "-R", "postgres:postgres", root]);
        }

        var data = Path.Combine(root, "data");
        var initdb = Path.Combine(Path.GetDirectoryName(pgCtl)!, "initdb");
        Run([.. AsPostgres, initdb, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        var log = Path.Combine(root, "log");
        for (var attempt = 1; ; attempt++)
        {
            // The port is free now but could be taken before the server binds it: a failed start tries another.
            var port = FreePort();
            var options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root} -c fsync=off "
                + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB " + settings;
            try
            {
                var cluster = new LocalCluster($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", pgCtl, data, options, log);
                StartServer(cluster);
                return cluster;
            }
            catch (InvalidOperationException e) when (attempt < 3)
            {
                Trace.WriteLine($"Starting PostgreSQL on port {port} failed, retrying: {e.Message}");
            }
            catch (InvalidOperationException e)
            {
                var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(30)) : "(no log written)";
                throw new InvalidOperationException($"{e.Message}\n--- {log} (last lines) ---\n{tail}", e);
            }
        }
    }

    /// <summary>Starts the server of a cluster again, on its port, after <see cref="StopServer"/>.</summary>
    public static void StartServer(LocalCluster cluster) =>
        Run([.. AsPostgres, cluster.PgCtl, "-D", cluster.DataDirectory, "-o", cluster.Options, "-l", cluster.LogFile, "-w", "start"]);

    /// <summary>Stops the server of a cluster; mode "immediate" is a crash (recovery replays the WAL on the next start).</summary>
    public static void StopServer(LocalCluster cluster, string mode) =>
        Run([.. AsPostgres, cluster.PgCtl, "-D", cluster.DataDirectory, "-m", mode, "-w", "stop"]);

    private static string FindBinDirectory()
    {
        var candidates = new List<string>();
        try
        {
            candidates.Add(Run(["pg_config", "--bindir"]));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No (working) pg_config: try the usual locations.
        }

        candidates.Add("/usr/lib/postgresql/15/bin");
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            ?? throw new InvalidOperationException(
                $"PostgreSQL server binaries (initdb, pg_ctl) not found via pg_config --bindir, /usr/lib/postgresql/15/bin or PATH. {PostgresServer.InstallHint}");
    }

    /// <summary>Removes clusters of earlier runs whose test process is gone; folders of live runs are left alone.</summary>
    private static void RemoveStaleFolders(string pgCtl)
    {
        foreach (var root in Directory.EnumerateDirectories("/tmp", FolderPrefix + "*"))
        {
            try
            {
                var ownerFile = Path.Combine(root, "owner.pid");
                var owner = File.Exists(ownerFile) && int.TryParse(File.ReadAllText(ownerFile), CultureInfo.InvariantCulture, out var pid) ? pid : (int?)null;

                // A folder without a readable owner may be one a concurrent run is just creating: leave young ones be.
                var inUse = owner is { } ownerPid ? IsAlive(ownerPid) : Directory.GetLastWriteTimeUtc(root) > DateTime.UtcNow.AddMinutes(-2);
                if (!inUse)
                {
                    Destroy(pgCtl, root);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Vanished meanwhile (its watchdog was quicker) or not ours to read: leave it.
            }
        }
    }

    private static void Destroy(string pgCtl, string root)
    {
        var data = Path.Combine(root, "data");
        try
        {
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                Run([.. AsPostgres, pgCtl, "-D", data, "-m", "immediate", "-w", "stop"]);
            }

            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Best effort (e.g. the folder of another OS user, or the watchdog got there first).
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Runs a command to completion; returns its trimmed stdout, or throws with its output on failure.</summary>
    private static string Run(IReadOnlyList<string> command)
    {
        // Working folder /tmp: the postgres user may not be allowed into the current one.
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        foreach (var argument in command.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException(
            $"`{string.Join(' ', command.Where(a => a != WatchdogScript))}` failed (exit {process.ExitCode}): {output}\n{error.Result}".Trim());
    }
}

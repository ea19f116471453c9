using System.Reflection;
using System.Runtime.InteropServices;

namespace Stage.Bench;

/// <summary>The machine and software a run measured: CPU, memory and OS from /proc and /etc, versions from the server.</summary>
public static class MachineProbe
{
    public static MachineInfo Machine(string loadAverageAtStart) => new(
        Nproc: Environment.ProcessorCount,
        MemoryTotalBytes: MemoryTotalKilobytes() * 1024,
        CpuModel: FirstValue("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Os: FirstValue("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription,
        Kernel: File.Exists("/proc/sys/kernel/osrelease") ? "Linux " + File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : RuntimeInformation.OSDescription,
        LoadAverageAtStart: loadAverageAtStart,
        LoadAverageAtEnd: LoadAverage());

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>
    /// The share of all CPUs busy over <paramref name="interval"/> (from /proc/stat), to tell whether other
    /// work competes with the benchmark; NaN when unknown.
    /// </summary>
    public static async Task<double> CpuBusyAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var before = CpuTimes();
        await Task.Delay(interval, cancellationToken);
        var after = CpuTimes();
        if (before is null || after is null || after.Value.Total <= before.Value.Total)
        {
            return double.NaN;
        }

        var total = after.Value.Total - before.Value.Total;
        var idle = after.Value.Idle - before.Value.Idle;
        return Math.Round(1.0 - ((double)idle / total), 3);
    }

    /// <summary>A warning when other work keeps the CPUs more than a quarter busy over a second (also logged); else null.</summary>
    public static async Task<string?> BusyWarningAsync(CancellationToken cancellationToken)
    {
        var busy = await CpuBusyAsync(TimeSpan.FromSeconds(1), cancellationToken);
        if (busy <= 0.25)
        {
            return null;
        }

        var warning = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"other work kept the CPUs {busy:P0} busy just before the benchmark started: figures may be low");
        Log.Warn(warning);
        return warning;
    }

    /// <summary>The "cpu" line of /proc/stat: all jiffies, and idle plus iowait ones.</summary>
    private static (long Total, long Idle)? CpuTimes()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return (fields.Sum(), fields[3] + fields[4]);
    }

    /// <summary>The load average when a run starts, and its first warning when other work keeps the CPUs busy.</summary>
    public static async Task<(string LoadAverage, List<string> Warnings)> StartAsync(CancellationToken cancellationToken)
    {
        var load = LoadAverage();
        return (load, await BusyWarningAsync(cancellationToken) is { } busy ? [busy] : []);
    }

    /// <summary>The versions of a run's database server and its postmaster's process id (for CPU accounting; null when remote).</summary>
    public static async Task<(VersionInfo Versions, int? Postmaster)> ServerAsync(string database, CancellationToken cancellationToken)
    {
        await using var floor = new SqlFloor(database, 1);
        return (await VersionsAsync(floor, cancellationToken),
            CpuAccounting.Postmaster(await floor.ScalarAsync<string>("SHOW data_directory", cancellationToken)));
    }

    public static async Task<VersionInfo> VersionsAsync(SqlFloor floor, CancellationToken cancellationToken) => new(
        PostgreSql: await floor.ScalarAsync<string>("SHOW server_version", cancellationToken),
        PostGis: await floor.ScalarAsync<string>("SELECT postgis_lib_version()", cancellationToken),
        DotNet: RuntimeInformation.FrameworkDescription,
        GraphQLNet: Version(typeof(GraphQL.DocumentExecuter).Assembly),
        Npgsql: Version(typeof(Npgsql.NpgsqlConnection).Assembly));

    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? assembly.GetName().Version?.ToString() ?? "?";

    private static long MemoryTotalKilobytes()
    {
        var text = FirstValue("/proc/meminfo", "MemTotal", ':');
        return text is not null && long.TryParse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var kb) ? kb : 0;
    }

    /// <summary>The value of the first "key: value" (or key=value) line of a file, or null.</summary>
    private static string? FirstValue(string path, string key, char separator)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in File.ReadLines(path))
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && line[..at].Trim() == key)
            {
                return line[(at + 1)..].Trim();
            }
        }

        return null;
    }
}

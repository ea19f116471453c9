using System.Globalization;

namespace Stage.Bench;

/// <summary>
/// CPU time counters at one moment, in clock ticks: the whole machine's, the benchmark's own processes', the API
/// process's (<paramref name="Server"/>), the PostgreSQL backends' serving the measured database (<paramref name="Database"/>)
/// and this process's, the load generator (<paramref name="Generator"/>).
/// </summary>
public readonly record struct CpuSnapshot(long Total, long Busy, long Own, long Server = 0, long Database = 0, long Generator = 0);

/// <summary>
/// Tells how much CPU other work took during a measurement: the machine's process time (/proc/stat) minus
/// the time of the benchmark's own processes (this one, the API, and the PostgreSQL server with all its
/// backends, live or ended). On a shared machine this says whether a figure can be trusted. It also tells the CPU
/// time of the API process (<paramref name="server"/>) and of the backends connected to <paramref name="database"/>
/// (other databases of the cluster, e.g. tests', are not counted; a backend that ends during the measurement is lost).
/// </summary>
public sealed class CpuAccounting(IReadOnlyList<int> ownProcesses, int? postmaster, int? server = null, string? database = null)
{
    /// <summary>USER_HZ: the unit of /proc's CPU times on Linux.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>The same processes, counting the backends of <paramref name="name"/>.</summary>
    public CpuAccounting OnDatabase(string name) => new(ownProcesses, postmaster, server, name);

    /// <summary>Milliseconds of CPU per request between two counters; NaN when unknown.</summary>
    public static double MsPerRequest(long before, long after, long requests) =>
        requests > 0 && after > 0 ? Math.Round((after - before) * 1000 / TicksPerSecond / requests, 3) : double.NaN;

    /// <summary>The share of all CPUs used by other processes between two snapshots; NaN when unknown.</summary>
    public static double OtherShare(CpuSnapshot before, CpuSnapshot after)
    {
        var total = after.Total - before.Total;
        if (total <= 0 || before.Total == 0)
        {
            return double.NaN;
        }

        var other = (after.Busy - before.Busy) - (after.Own - before.Own);
        return Math.Round(Math.Clamp((double)other / total, 0, 1), 3);
    }

    /// <summary>The data directory's postmaster.pid names the server process, when the server runs on this machine.</summary>
    public static int? Postmaster(string dataDirectory)
    {
        try
        {
            var path = Path.Combine(dataDirectory, "postmaster.pid");
            return File.Exists(path) && int.TryParse(File.ReadLines(path).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                ? pid
                : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public CpuSnapshot Take()
    {
        var machine = Machine();
        if (machine is null || postmaster is null)
        {
            return default;
        }

        var own = ownProcesses.Sum(pid => Ticks(pid, withChildren: false));
        var backends = ChildrenOf(postmaster.Value).ToList();
        own += Ticks(postmaster.Value, withChildren: true) + backends.Sum(pid => Ticks(pid, withChildren: false));
        var serving = database is null ? 0 : backends.Where(pid => Serves(pid, database)).Sum(pid => Ticks(pid, withChildren: false));
        return new CpuSnapshot(
            machine.Value.Total, machine.Value.Busy, own, server is { } api ? Ticks(api, withChildren: false) : 0, serving,
            Ticks(Environment.ProcessId, withChildren: false));
    }

    /// <summary>A backend's command line reads "postgres: user database client state".</summary>
    private static bool Serves(int pid, string database)
    {
        try
        {
            var words = File.ReadAllText($"/proc/{pid}/cmdline").Split(' ', 4);
            return words.Length > 2 && words[2] == database;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static (long Total, long Busy)? Machine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        // cpu user nice system idle iowait irq softirq steal (guest time is already in user). Only user, nice and
        // system time is ever charged to processes: interrupts (the loopback traffic's softirqs) and steal are not.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields.Sum(), fields[0] + fields[1] + fields[2]);
    }

    /// <summary>utime + stime (+ cutime + cstime: children that ended) of a process, 0 when it is gone.</summary>
    private static long Ticks(int pid, bool withChildren)
    {
        var fields = Stat(pid);
        if (fields is null)
        {
            return 0;
        }

        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return withChildren
            ? ticks + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)
            : ticks;
    }

    private static IEnumerable<int> ChildrenOf(int parent)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Stat(pid) is { } fields && fields[1] == parent.ToString(CultureInfo.InvariantCulture))
            {
                yield return pid;
            }
        }
    }

    /// <summary>The fields of /proc/pid/stat after the command name (state is [0], ppid [1], utime [11]).</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

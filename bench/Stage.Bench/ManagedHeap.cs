using System.Diagnostics;
using System.Globalization;

namespace Stage.Bench;

/// <summary>
/// The live managed heap of a process, from a heap snapshot taken with <c>dotnet-gcdump</c> (which forces
/// a full collection in that process first). Null when the tool is not installed or fails: the figure
/// is then left out, and the run goes on.
/// </summary>
public static class ManagedHeap
{
    private const string Tool = "dotnet-gcdump";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string? ToolPath { get; } = Find();

    /// <summary>The bytes of the objects alive in <paramref name="pid"/>'s managed heap, in MiB.</summary>
    public static async Task<double?> LiveMiBAsync(int pid, CancellationToken cancellationToken)
    {
        if (ToolPath is null)
        {
            return null;
        }

        var file = Path.Combine(Path.GetTempPath(), $"stage-bench-{pid}-{Guid.NewGuid():N}.gcdump");
        try
        {
            var collected = await RunAsync(["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", file], cancellationToken);
            var report = collected is null ? null : await RunAsync(["report", file], cancellationToken);
            // "      4,336,379  GC Heap bytes"
            var line = report?.Split('\n').FirstOrDefault(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var bytes))
            {
                return Math.Round(bytes / (1024.0 * 1024), 1);
            }

            Log.Warn($"{Tool} gave no heap size for process {pid}");
            return null;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs the tool; its standard output, or null (with a warning) when it fails or takes too long.</summary>
    private static async Task<string?> RunAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ToolPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            Log.Warn($"{Tool} {arguments[0]} took more than {Timeout.TotalSeconds:0} s: stopped");
            return null;
        }

        if (process.ExitCode == 0)
        {
            return await output;
        }

        Log.Warn($"{Tool} {arguments[0]} failed ({process.ExitCode}): {(await errors).Trim()}");
        return null;
    }

    private static string? Find()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(home, ".dotnet", "tools"));
        return candidates.Select(dir => Path.Combine(dir, Tool)).FirstOrDefault(File.Exists);
    }
}

using System.Globalization;

namespace Stage.Bench;

/// <summary>A process's resident memory (VmRSS) and its peak so far (VmHWM), from /proc/&lt;pid&gt;/status, in bytes.</summary>
public sealed record ProcessMemory(long RssBytes, long PeakRssBytes)
{
    public static ProcessMemory Of(int pid)
    {
        long rss = 0, peak = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line) * 1024;
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line) * 1024;
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Log.Warn($"could not read the memory of process {pid}: {error.Message}");
        }

        return new ProcessMemory(rss, peak);
    }

    public double RssMiB => Math.Round(RssBytes / (1024.0 * 1024), 1);

    /// <summary>"VmRSS:     123456 kB" → 123456.</summary>
    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stage.Bench;

/// <summary>Writes a run's report to <c>benchmark-yyyyMMdd-HHmmss.json</c> (e.g. search-…) in the output folder.</summary>
public static class ResultsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Task<string> WriteAsync(BenchReport report, string folder, CancellationToken cancellationToken) =>
        WriteAsync(report, report.Benchmark, report.StartedAt, folder, cancellationToken);

    /// <summary>Prints a run's table, writes its JSON and says where; the exit code: 0 when it passed, else 1 after <paramref name="failure"/>.</summary>
    public static async Task<int> ConcludeAsync<T>(
        T report, string table, bool passed, string failure, string benchmark, DateTimeOffset startedAt, string folder, CancellationToken cancellationToken)
    {
        Console.Out.Write(table);
        var path = await WriteAsync(report, benchmark, startedAt, folder, cancellationToken);
        Log.Step($"results written to {path}");
        if (passed)
        {
            return 0;
        }

        Log.Fail(failure);
        return 1;
    }

    public static async Task<string> WriteAsync<T>(T report, string benchmark, DateTimeOffset startedAt, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{benchmark}-{startedAt.UtcDateTime:yyyyMMdd-HHmmss}.json");
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Options, cancellationToken);
        return path;
    }
}

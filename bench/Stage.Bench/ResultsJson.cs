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

    public static async Task<string> WriteAsync<T>(T report, string benchmark, DateTimeOffset startedAt, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{benchmark}-{startedAt.UtcDateTime:yyyyMMdd-HHmmss}.json");
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Options, cancellationToken);
        return path;
    }
}

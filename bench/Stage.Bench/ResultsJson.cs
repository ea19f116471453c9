using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stage.Bench;

/// <summary>Writes a run's report to <c>search-yyyyMMdd-HHmmss.json</c> in the output folder.</summary>
public static class ResultsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<string> WriteAsync(BenchReport report, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{report.Benchmark}-{report.StartedAt.UtcDateTime:yyyyMMdd-HHmmss}.json");
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, Options, cancellationToken);
        return path;
    }
}

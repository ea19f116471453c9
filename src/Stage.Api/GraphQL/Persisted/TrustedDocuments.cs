using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Stage.Api.GraphQL.Persisted;

/// <summary>
/// The documents the operator trusts, read once from <see cref="PersistedOperationsOptions.TrustedDocumentsFile"/>.
/// Every entry's id is checked against its text: a manifest with a wrong id stops the server as it starts
/// (<see cref="TrustedDocumentsCheck"/>) rather than serving a document under another's name.
/// </summary>
public sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);

    public TrustedDocuments(IOptions<PersistedOperationsOptions> options, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(options.Value.TrustedDocumentsFile))
        {
            return;
        }

        var path = Path.Combine(environment.ContentRootPath, options.Value.TrustedDocumentsFile);
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"The trusted documents manifest {path} is empty.");
        foreach (var (id, document) in manifest)
        {
            var hash = DocumentHash.Normalize(id);
            if (hash is null || hash != DocumentHash.Of(document))
            {
                throw new InvalidOperationException($"The trusted document \"{id}\" in {path} is not the SHA-256 digest of its text ({DocumentHash.Of(document)}).");
            }

            _documents[hash] = document;
        }
    }

    public int Count => _documents.Count;

    /// <summary>The trusted document of a hex digest (as <see cref="DocumentHash.Normalize"/> returns it), or null.</summary>
    public string? Find(string hash) => _documents.GetValueOrDefault(hash);
}

/// <summary>
/// Reads the trusted documents manifest when the server starts, so that a wrong manifest stops the server at once
/// instead of failing its requests; logs how many documents it trusts.
/// </summary>
public sealed class TrustedDocumentsCheck(IServiceProvider services, ILogger<TrustedDocumentsCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var trusted = services.GetRequiredService<TrustedDocuments>();
        if (trusted.Count > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("{Count} trusted documents loaded", trusted.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Trusted documents and automatic persisted queries (configuration section "GraphQL:PersistedOperations").</summary>
public sealed class PersistedOperationsOptions
{
    public const string Section = "GraphQL:PersistedOperations";

    /// <summary>
    /// The operator's manifest of trusted documents: a JSON object from id (<c>sha256:&lt;hex&gt;</c> or the bare hex
    /// digest of the document's UTF-8 text) to document, as client build tools write it. Relative to the content root;
    /// none when empty.
    /// </summary>
    public string? TrustedDocumentsFile { get; set; }

    /// <summary>Whether clients may register documents themselves with Apollo's automatic persisted queries.</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many automatic persisted queries one instance keeps; when full it starts over (clients register again).</summary>
    public int MaxAutomaticEntries { get; set; } = 5_000;

    /// <summary>The <c>max-age</c> of <c>Cache-Control: public</c> on anonymous GET answers of persisted queries.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 300;
}

public static class PersistedOperationsSetup
{
    /// <summary>Trusted documents (checked as the server starts) and automatic persisted queries (section "GraphQL:PersistedOperations").</summary>
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PersistedOperationsOptions>(configuration.GetSection(PersistedOperationsOptions.Section));
        services.AddSingleton<TrustedDocuments>();
        services.AddHostedService<TrustedDocumentsCheck>();
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddSingleton<PersistedDocumentResolver>();
        return services;
    }
}

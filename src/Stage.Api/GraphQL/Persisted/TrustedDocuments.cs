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

namespace Stage.Api.GraphQL.Persisted;

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

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Errors;
using Stage.Api.GraphQL.Http;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Persisted;

/// <summary>
/// Finds the document of a request: a trusted document by its id (<c>documentId</c>, <c>id</c> or <c>doc_id</c>), an Apollo automatic persisted query
/// by <c>extensions.persistedQuery.sha256Hash</c> (registered when the query comes with its hash), or the query
/// sent. An API key limited to persisted operations may only run trusted documents.
/// </summary>
public sealed class PersistedDocumentResolver(
    TrustedDocuments trusted, AutomaticPersistedQueries automatic, IOptions<PersistedOperationsOptions> options)
{
    /// <exception cref="GraphQLHttpRequestException">The request names an unknown document, a wrong hash, or is not allowed.</exception>
    public ResolvedDocument Resolve(GraphQLHttpRequest request, ApiClient? client)
    {
        var hash = PersistedQueryHash(request.Extensions);
        var resolved = request.DocumentId is { } id ? ByDocumentId(request, id)
            : hash is null ? new ResolvedDocument(request.Query, Persisted: false, Trusted: false)
            : ByHash(request, hash);
        if (client is { PersistedOperationsOnly: true } && !resolved.Trusted)
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status403Forbidden, ErrorCodes.PersistedOperationsOnly,
                "This API key may only run the operator's trusted documents: send their documentId instead of a query.");
        }

        return hash is not null && !resolved.Persisted && options.Value.AutomaticPersistedQueries
            ? resolved with { RegisterAs = hash }
            : resolved;
    }

    /// <summary>
    /// Keeps the query of <paramref name="resolved"/> as an automatic persisted query; called once it has passed
    /// the limits and validation, so that only documents that can run take memory.
    /// </summary>
    public void RegisterIfAsked(ResolvedDocument resolved)
    {
        if (resolved.RegisterAs is { } hash)
        {
            automatic.Register(hash, resolved.Query);
        }
    }

    private ResolvedDocument ByDocumentId(GraphQLHttpRequest request, string id)
    {
        if (!string.IsNullOrEmpty(request.Query))
        {
            throw BadRequest("Send either a query or a persisted document's id (documentId, id or doc_id), not both.");
        }

        var hash = DocumentHash.Normalize(id) ?? throw BadRequest("A persisted document's id (documentId, id or doc_id) must be \"sha256:\" followed by 64 hexadecimal digits.");
        return trusted.Find(hash) is { } document
            ? new ResolvedDocument(document, Persisted: true, Trusted: true)
            : throw new GraphQLHttpRequestException(StatusCodes.Status404NotFound, ErrorCodes.PersistedDocumentNotFound,
                $"No trusted document has the id {id}.");
    }

    /// <summary>Without a query, the hash names a known document; with one, the hash must be the query's.</summary>
    private ResolvedDocument ByHash(GraphQLHttpRequest request, string hash)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            return trusted.Find(hash) is { } document ? new ResolvedDocument(document, Persisted: true, Trusted: true)
                : options.Value.AutomaticPersistedQueries && automatic.Find(hash) is { } registered ? new ResolvedDocument(registered, Persisted: true, Trusted: false)
                : throw new GraphQLHttpRequestException(StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
        }

        return DocumentHash.Of(request.Query) != hash
            ? throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 digest of the query.")
            : new ResolvedDocument(request.Query, Persisted: false, Trusted: trusted.Find(hash) is not null);
    }

    private static string? PersistedQueryHash(JsonElement? extensions)
    {
        if (extensions is not { } json || !json.TryGetProperty("persistedQuery", out var persisted) || persisted.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetRawText() != "1"
            || !persisted.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String)
        {
            throw BadRequest("extensions.persistedQuery must be { \"version\": 1, \"sha256Hash\": \"<64 hexadecimal digits>\" }.");
        }

        return DocumentHash.Normalize(hash.GetString()!) is { } normalized && !hash.GetString()!.Contains(':', StringComparison.Ordinal)
            ? normalized
            : throw BadRequest("extensions.persistedQuery.sha256Hash must be 64 hexadecimal digits.");
    }

    private static GraphQLHttpRequestException BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}

/// <summary>
/// The document a request runs, once its persisted-operation parameters are resolved; also carried by
/// <see cref="Execution.GraphQLOutcome"/> so that the HTTP endpoint knows whether the answer may be cached.
/// </summary>
/// <param name="Query">The document text.</param>
/// <param name="Persisted">Whether the client named the document by id or hash rather than sending it.</param>
/// <param name="Trusted">Whether the document is one of the operator's trusted documents.</param>
/// <param name="RegisterAs">The hash to register the query under as an automatic persisted query once it has run.</param>
public sealed record ResolvedDocument(string Query, bool Persisted, bool Trusted, string? RegisterAs = null);

/// <summary>
/// Documents registered by clients through Apollo's automatic persisted queries, by hex digest, in this
/// instance's memory: a client that misses (another instance, a restart) gets PERSISTED_QUERY_NOT_FOUND and
/// sends the document again, as the protocol expects. Bounded: when full it starts over.
/// </summary>
public sealed class AutomaticPersistedQueries(IOptions<PersistedOperationsOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public string? Find(string hash) => _documents.GetValueOrDefault(hash);

    public void Register(string hash, string document)
    {
        if (_documents.Count >= options.Value.MaxAutomaticEntries)
        {
            _documents.Clear();
        }

        _documents[hash] = document;
    }
}

/// <summary>The id of a document: the lower-case hex SHA-256 digest of its UTF-8 text.</summary>
public static class DocumentHash
{
    public const string Prefix = "sha256:";

    public static string Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>The hex digest of an id written <c>sha256:&lt;hex&gt;</c> or bare, lower-cased; null when it is not one.</summary>
    public static string? Normalize(string id)
    {
        var hex = id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? id[Prefix.Length..] : id;
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex.ToLowerInvariant() : null;
    }
}

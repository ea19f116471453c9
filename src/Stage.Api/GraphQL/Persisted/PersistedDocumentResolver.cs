using System.Text.Json;
using Microsoft.Extensions.Options;
using Stage.Api.ApiKeys;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Http;

namespace Stage.Api.GraphQL.Persisted;

/// <summary>
/// Finds the document of a request: a trusted document by <c>documentId</c>, an Apollo automatic persisted query
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
            throw BadRequest("Send either a query or a documentId, not both.");
        }

        var hash = DocumentHash.Normalize(id) ?? throw BadRequest("documentId must be \"sha256:\" followed by 64 hexadecimal digits.");
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
